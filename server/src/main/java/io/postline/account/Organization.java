package io.postline.account;

import java.time.Instant;

public record Organization(String id, String accountId, String name, Instant createdAt) {}
