package gongkai.app.security;

import gongkai.app.problem.Problems;
import gongkai.tenancy.Caller;
import gongkai.user.LoginOutcome;
import gongkai.user.Logins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security's one authentication mechanism: HTTP Basic or a personal bearer token on each API request,
 * or the session a UI login started. A request without credentials proceeds anonymously and the service it
 * reaches decides (401 for anything that needs a user).
 */
@ApplicationScoped
public class GongkaiAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link Caller} once authenticated. */
    public static final String CALLER = "gongkai.caller";
    /** Session attribute holding the {@link Caller} after a UI login. */
    public static final String SESSION_CALLER = "gongkai.session.caller";

    @Inject
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization.substring(6).trim(), request, response, context);
            }
            if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Optional<Caller> caller = logins.withToken(authorization.substring(7).trim());
                return caller.map(c -> accept(c, request, context))
                        .orElseGet(() -> refuse(response, "the token is unknown, expired or revoked"));
            }
            return refuse(response, "use HTTP Basic or a Bearer token");
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
            return accept(caller, request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, "malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, "malformed Basic credentials");
        }
        LoginOutcome outcome = logins.withPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (outcome.accepted()) {
            return accept(outcome.caller(), request, context);
        }
        if (outcome.locked()) {
            return refuse(response, "too many failed logins: the account is locked until "
                    + DateTimeFormatter.ISO_INSTANT.format(outcome.lockedUntil()));
        }
        return refuse(response, "wrong username or password");
    }

    private static AuthenticationStatus accept(Caller caller, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.username(), Set.of(caller.role().name()));
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            Problems.write(response, 401, detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
