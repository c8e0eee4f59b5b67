package io.postline.queue;

import io.postline.support.FreshPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishingRecoveryPostgresTest extends PublishingRecoveryContract {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected String database() {
        return postgres.database();
    }
}
