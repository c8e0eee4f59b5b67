package io.postline.queue;

class PublishingRecoverySqliteTest extends PublishingRecoveryContract {
    @Override
    protected String database() {
        return null;
    }
}
