package io.postline.post;

import io.postline.support.FreshPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectorPostsPostgresTest extends ConnectorPostsContract {
    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Override
    protected String database() {
        return postgres.database();
    }
}
