package io.postline.account;

import java.time.Instant;

public record Account(String id, String email, String name, String timezone, Instant createdAt) {}
