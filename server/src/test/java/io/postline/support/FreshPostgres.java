package io.postline.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test its own empty PostgreSQL database and drops it after the test's own clean-up has run.
 * Register it with {@code @RegisterExtension} in a contract's PostgreSQL subclass.
 */
public final class FreshPostgres implements AfterEachCallback {
    private final List<String> created = new ArrayList<>();

    /** A new database's {@code postgresql://} location. */
    public synchronized String database() {
        String location = TestPostgres.freshDatabase();
        created.add(location);
        return location;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        created.forEach(TestPostgres::drop);
        created.clear();
    }
}
