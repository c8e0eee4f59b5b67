package io.postline.account;

import io.postline.Ids;
import io.postline.Refusal;
import io.postline.db.Database;
import io.postline.db.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, their organizations and their API keys. */
public final class AccountStore {
    private final Database database;
    private final Clock clock;
    private final Ids ids;

    public AccountStore(Database database, Clock clock, Ids ids) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
    }

    /** A new account with one organization and one API key; the key's secret is only in the answer. */
    public NewAccount create(String email, String name, String organizationName) {
        if (email == null || !email.contains("@")) {
            throw Refusal.badInput("An account needs an email address, got '" + email + "'.");
        }
        return database.transaction(tx -> {
            if (findByEmail(tx, email).isPresent()) {
                throw Refusal.badInput("An account with email " + email + " exists already.");
            }
            long now = clock.millis();
            Account account = new Account(ids.next(), email, name, "UTC", Instant.ofEpochMilli(now));
            tx.update("INSERT INTO accounts (id, email, name, timezone, created_at) VALUES (?, ?, ?, ?, ?)",
                    account.id(), email, name, account.timezone(), now);
            Organization organization = addOrganization(tx, account.id(), organizationName);
            ApiKey key = addKey(tx, account.id(), "first key");
            return new NewAccount(account, organization, key);
        });
    }

    public Organization addOrganization(String accountId, String name) {
        return database.transaction(tx -> addOrganization(tx, accountId, name));
    }

    public ApiKey addKey(String accountId, String label) {
        return database.transaction(tx -> addKey(tx, accountId, label));
    }

    public Optional<Account> findByEmail(String email) {
        return database.read(tx -> findByEmail(tx, email));
    }

    /** The caller a key belongs to, or empty for an unknown or revoked key. */
    public Optional<Caller> authenticate(String secret) {
        String hash = new ApiKey(secret).hash();
        return database.read(tx -> tx.queryOne(
                        "SELECT a.* FROM api_keys k JOIN accounts a ON a.id = k.account_id"
                                + " WHERE k.key_hash = ? AND k.revoked_at IS NULL",
                        AccountStore::account, hash)
                .map(account -> new Caller(account, organizationIds(tx, account.id()))));
    }

    public List<Organization> organizations(String accountId) {
        return database.read(tx -> tx.query(
                "SELECT * FROM organizations WHERE account_id = ? ORDER BY created_at, id",
                AccountStore::organization, accountId));
    }

    private static List<String> organizationIds(Tx tx, String accountId) {
        return tx.query("SELECT id FROM organizations WHERE account_id = ? ORDER BY created_at, id",
                row -> row.getString(1), accountId);
    }

    private Organization addOrganization(Tx tx, String accountId, String name) {
        if (name == null || name.isBlank()) {
            throw Refusal.badInput("An organization needs a name.");
        }
        long now = clock.millis();
        Organization organization = new Organization(ids.next(), accountId, name.strip(), Instant.ofEpochMilli(now));
        tx.update("INSERT INTO organizations (id, account_id, name, created_at) VALUES (?, ?, ?, ?)",
                organization.id(), accountId, organization.name(), now);
        return organization;
    }

    private ApiKey addKey(Tx tx, String accountId, String label) {
        ApiKey key = ApiKey.generate();
        tx.update("INSERT INTO api_keys (id, account_id, key_hash, label, created_at) VALUES (?, ?, ?, ?, ?)",
                ids.next(), accountId, key.hash(), label, clock.millis());
        return key;
    }

    private static Optional<Account> findByEmail(Tx tx, String email) {
        return tx.queryOne("SELECT * FROM accounts WHERE email = ?", AccountStore::account, email);
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getString("id"), row.getString("email"), row.getString("name"),
                row.getString("timezone"), Instant.ofEpochMilli(row.getLong("created_at")));
    }

    private static Organization organization(ResultSet row) throws SQLException {
        return new Organization(row.getString("id"), row.getString("account_id"), row.getString("name"),
                Instant.ofEpochMilli(row.getLong("created_at")));
    }

    public record NewAccount(Account account, Organization organization, ApiKey key) {}
}
