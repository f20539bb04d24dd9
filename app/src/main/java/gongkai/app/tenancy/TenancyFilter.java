package gongkai.app.tenancy;

import gongkai.app.problem.Problems;
import gongkai.app.security.GongkaiAuthentication;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Caller;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenancy at the edge, in one place: sets the {@link Acting} of each request from the path
 * ({@code /api/v1/tenants/{code}/...}) and the authenticated caller, or from the UI session. A tenant that is
 * unknown or none of the caller's answers 404, exactly like one that does not exist.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TenancyFilter extends HttpFilter {

    /** Session attribute: the tenant a platform administrator is working on in the UI. */
    public static final String UI_TENANT = "gongkai.ui.tenant";

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/tenants/([^/]+)(/.*)?$");

    @Inject
    Jurisdictions jurisdictions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = (Caller) request.getAttribute(GongkaiAuthentication.CALLER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher tenantPath = TENANT_PATH.matcher(path);
        Optional<Acting> acting;
        if (tenantPath.matches()) {
            if (caller == null) {
                Problems.write(response, 401, "log in to use this resource");
                return;
            }
            acting = jurisdictions.actingOn(caller, tenantPath.group(1));
            if (acting.isEmpty()) {
                Problems.write(response, 404, "tenant " + tenantPath.group(1) + " not found");
                return;
            }
        } else if (caller == null && path.startsWith("/api/") && !isPublic(path)) {
            // Refuse before JAX-RS reads the body: an anonymous request learns nothing about its validity.
            Problems.write(response, 401, "log in (HTTP Basic or a Bearer token) to use this resource");
            return;
        } else if (caller != null) {
            acting = Optional.of(uiOrOwnTenant(caller, request));
        } else {
            acting = Optional.empty();
        }
        if (acting.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.call(acting.get(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Wrapped(e);
                }
                return null;
            });
        } catch (Wrapped w) {
            if (w.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) w.getCause();
        }
    }

    /** API paths open to anyone: the status probe and, later, the public survey and publication pages. */
    private static boolean isPublic(String path) {
        return path.equals("/api/v1/status") || path.startsWith("/api/v1/public/");
    }

    private Acting uiOrOwnTenant(Caller caller, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        // In the UI a platform administrator works on any tenant, a parent office reads a subordinate one.
        if (session != null && session.getAttribute(UI_TENANT) instanceof String code
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Optional<Acting> chosen = jurisdictions.actingOn(caller, code);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return new Acting(caller, caller.tenantId(), caller.tenantCode(), false);
    }

    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
