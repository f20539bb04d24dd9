package gongkai.user;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The acting tenant's users, managed by its office; each user's own profile and password. */
@ApplicationScoped
public class Users {

    @Inject
    Tenancy tenancy;

    @Inject
    Units units;

    @Inject
    AuditLog audit;

    @Inject
    Logins logins;

    @Transactional
    public List<User> list() {
        requireOffice();
        return tenancy.entityManager()
                .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList().stream().map(this::view).toList();
    }

    @Transactional
    public User get(String username) {
        requireOffice();
        return view(find(username));
    }

    @Transactional
    public User create(UserDraft draft) {
        Acting acting = requireOffice();
        acting.requireChange(Role.TENANT_ADMIN);
        checkRole(acting, draft.role());
        if (draft.password() == null) {
            throw DomainException.invalid("password", "password is required for a new user");
        }
        if (logins.nameTaken(draft.username())) {
            throw DomainException.conflict("username", "the username '" + draft.username() + "' is taken");
        }
        UserAccount user = new UserAccount(draft.username(), draft.displayName(), draft.role(), unitId(draft),
                PasswordHasher.hash(draft.password()), draft.language());
        EntityManager em = tenancy.entityManager();
        em.persist(user);
        em.flush();
        audit.record("CREATE", "user", user.id(), user.username(), null, user.auditView());
        return view(user);
    }

    @Transactional
    public User update(String username, UserDraft draft) {
        Acting acting = requireOffice();
        acting.requireChange(Role.TENANT_ADMIN);
        checkRole(acting, draft.role());
        UserAccount user = find(username);
        if (!draft.username().equals(username)) {
            throw DomainException.invalid("username", "a username cannot change");
        }
        Map<String, Object> before = user.auditView();
        user.change(draft.displayName(), draft.role(), unitId(draft), draft.language());
        if (draft.password() != null) {
            user.changePassword(PasswordHasher.hash(draft.password()));
            logins.forget(user.username());
        }
        audit.record("UPDATE", "user", user.id(), user.username(), before, user.auditView());
        return view(user);
    }

    @Transactional
    public User setActive(String username, boolean active) {
        Acting acting = requireOffice();
        acting.requireChange(Role.TENANT_ADMIN);
        UserAccount user = find(username);
        if (!active && acting.caller() != null && acting.caller().userId().equals(user.id())) {
            throw DomainException.invalid("active", "you cannot deactivate yourself");
        }
        Map<String, Object> before = user.auditView();
        user.setActive(active);
        logins.forget(user.username());
        audit.record(active ? "REACTIVATE" : "DEACTIVATE", "user", user.id(), user.username(), before, user.auditView());
        return view(user);
    }

    /** The caller's own profile. */
    @Transactional
    public User me() {
        return view(self());
    }

    @Transactional
    public User changeMyLanguage(String language) {
        UserAccount user = self();
        Map<String, Object> before = user.auditView();
        user.changeLanguage(Languages.check("language", language));
        audit.record("UPDATE", "user", user.id(), user.username(), before, user.auditView());
        return view(user);
    }

    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount user = self();
        if (!PasswordHasher.verify(currentPassword, user.passwordHash())) {
            throw DomainException.invalid("currentPassword", "the current password is wrong");
        }
        UserDraft.checkPassword("newPassword", newPassword);
        user.changePassword(PasswordHasher.hash(newPassword));
        logins.forget(user.username());
        audit.record("CHANGE_PASSWORD", "user", user.id(), user.username(), null, null);
    }

    /** Creates a user as the system (start-up, demo data), without the office's checks. */
    @Transactional
    public User createAsSystem(UserDraft draft) {
        return createAsSystem(draft, PasswordHasher.hash(draft.password()));
    }

    /**
     * Creates a user as the system with a password hashed beforehand: demo data gives every demo user the same
     * published password, hashed once (PBKDF2 is slow by design; eleven hashes cost seconds of start-up).
     */
    @Transactional
    public User createAsSystem(UserDraft draft, String passwordHash) {
        UserAccount user = new UserAccount(draft.username(), draft.displayName(), draft.role(), unitId(draft),
                passwordHash, draft.language());
        tenancy.entityManager().persist(user);
        audit.record("CREATE", "user", user.id(), user.username(), null, user.auditView());
        return view(user);
    }

    @Transactional
    public Optional<User> findByName(String username) {
        return byName(username).map(this::view);
    }

    private Acting requireOffice() {
        Acting acting = TenantContext.current();
        acting.requireRole(Role.TENANT_ADMIN);
        if (acting.readOnly()) {
            throw DomainException.forbidden("a subordinate jurisdiction's users are its own business");
        }
        return acting;
    }

    private static void checkRole(Acting acting, Role role) {
        if (role == Role.PLATFORM_ADMIN && (acting.isSystem() || !acting.caller().isPlatformAdmin())) {
            throw DomainException.invalid("role", "only a platform administrator creates platform administrators");
        }
    }

    private UserAccount self() {
        Acting acting = TenantContext.current();
        if (acting.caller() == null || !acting.ownTenant()) {
            throw DomainException.forbidden("no user is logged in here");
        }
        return Optional.ofNullable(tenancy.entityManager().find(UserAccount.class, acting.caller().userId()))
                .orElseThrow(() -> DomainException.notFound("user"));
    }

    private UserAccount find(String username) {
        return byName(username).orElseThrow(() -> DomainException.notFound("user " + username));
    }

    private Optional<UserAccount> byName(String username) {
        return tenancy.entityManager()
                .createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    private UUID unitId(UserDraft draft) {
        if (draft.unitCode() == null) {
            return null;
        }
        try {
            return units.get(draft.unitCode()).id();
        } catch (DomainException e) {
            throw DomainException.invalid("unitCode", "no unit with code '" + draft.unitCode() + "'");
        }
    }

    private User view(UserAccount user) {
        String unitCode = user.unitId() == null ? null : units.byId(user.unitId()).map(Unit::code).orElse(null);
        return new User(user.id(), user.username(), user.displayName(), user.role(), unitCode, user.language(),
                user.active());
    }
}
