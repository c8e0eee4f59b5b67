package io.postline.post;

class ConnectorPostsSqliteTest extends ConnectorPostsContract {
    @Override
    protected String database() {
        return null;
    }
}
