package gongkai.app.platform;

import gongkai.demo.DemoData;
import gongkai.error.DomainException;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.user.UserDraft;
import gongkai.user.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * First start: the platform tenant and its administrator {@code admin} (password from GONGKAI_ADMIN_PASSWORD,
 * else a random one printed once and written to {@code <data dir>/initial-admin-password}); then the demo
 * data when demo mode is on.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Users users;

    @Inject
    DemoData demo;

    @Inject
    @ConfigProperty(name = "gongkai.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "gongkai.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "gongkai.data.dir", defaultValue = ".")
    String dataDir;

    @Inject
    @ConfigProperty(name = "gongkai.port", defaultValue = "8080")
    int port;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) throws IOException {
        DatabaseStartup.await(); // the launcher starts the database while Payara boots
        Tenant platform = jurisdictions.ensurePlatform();
        TenantContext.run(Acting.system(platform.id(), platform.code()), this::ensureAdmin);
        if (demoMode) {
            boolean created = demo.ensure();
            StringBuilder banner = new StringBuilder("\n[gongkai] demo mode").append(created ? " (demo data created)" : "")
                    .append(": log in at http://localhost:").append(port).append("/ with password '")
                    .append(DemoData.DEMO_PASSWORD).append("' as one of:");
            for (String[] user : DemoData.USERS) {
                banner.append("\n[gongkai]   ").append(String.format("%-18s %-13s %s", user[0], user[1], user[2]));
            }
            try {
                String survey = demo.ensureSurvey();
                banner.append("\n[gongkai] public survey (no login): http://localhost:").append(port)
                        .append(gongkai.survey.PublicSurveys.PAGE_PATH).append(DemoData.SURVEY_SLUG)
                        .append(" (API: http://localhost:").append(port).append(survey).append(')');
            } catch (DomainException e) {
                // e.g. its slug taken by a campaign of another tenant: the demo goes on without the survey
                LOG.warning("[gongkai] the demo survey could not be created: " + e.getMessage());
            }
            LOG.info(banner.toString());
        }
    }

    private void ensureAdmin() {
        if (users.findByName("admin").isPresent()) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] bytes = new byte[15];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        users.createAsSystem(new UserDraft("admin", "Platform administrator", Role.PLATFORM_ADMIN, null, "zh-Hans",
                password));
        if (generated) {
            Path file = Path.of(dataDir, "initial-admin-password");
            try {
                Files.writeString(file, password + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warning("could not write " + file + ": " + e.getMessage());
            }
            LOG.info("\n[gongkai] created the platform administrator 'admin' with password: " + password
                    + "\n[gongkai] (shown once; also in " + file + ")");
        } else {
            LOG.info("[gongkai] created the platform administrator 'admin' with the password from GONGKAI_ADMIN_PASSWORD");
        }
    }
}
