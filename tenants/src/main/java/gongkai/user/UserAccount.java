package gongkai.user;

import gongkai.tenancy.Role;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A person who logs in, with one role within one tenant. */
@Entity
@Table(name = "user_account")
public class UserAccount extends TenantOwned {

    /** Failed logins in a row before the account locks (then each further failure re-locks it). */
    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "password_hash")
    private String passwordHash;
    private String language;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, UUID unitId, String passwordHash, String language) {
        super(UUID.randomUUID());
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.passwordHash = passwordHash;
        this.language = language;
        this.active = true;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public UUID unitId() {
        return unitId;
    }

    public String language() {
        return language;
    }

    public boolean active() {
        return active;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    void change(String displayName, Role role, UUID unitId, String language) {
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.language = language;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("displayName", displayName);
        view.put("role", role.name());
        view.put("unitId", unitId == null ? null : unitId.toString());
        view.put("language", language);
        view.put("active", active);
        return view;
    }
}
