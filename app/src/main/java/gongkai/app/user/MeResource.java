package gongkai.app.user;

import gongkai.app.problem.PathIds;
import gongkai.error.Check;
import gongkai.user.ApiTokens;
import gongkai.user.NewToken;
import gongkai.user.TokenInfo;
import gongkai.user.User;
import gongkai.user.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The logged-in user: profile, language, password and personal API tokens. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    public record LanguageChange(String language) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
        public PasswordChange {
            Check.required("currentPassword", currentPassword, 200);
            Check.required("newPassword", newPassword, 200);
        }
    }

    public record TokenRequest(String name, Integer validDays) {
    }

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "Who I am")
    public User me() {
        return users.me();
    }

    @PUT
    @Path("language")
    @Operation(summary = "Change my UI language (zh-Hans, zh-Hant, en)")
    public User language(LanguageChange change) {
        return users.changeMyLanguage(Check.present("body", change).language());
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password")
    public Response password(PasswordChange change) {
        Check.present("body", change);
        users.changeMyPassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens (never their secrets)")
    public List<TokenInfo> tokens() {
        return tokens.mine();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token; its secret is shown this once")
    public Response createToken(TokenRequest request) {
        Check.present("body", request);
        NewToken created = tokens.create(request.name(), request.validDays());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("tokens/{tokenId}")
    @Operation(summary = "Revoke one of my API tokens")
    public TokenInfo revoke(@PathParam("tokenId") String tokenId) {
        return tokens.revoke(PathIds.uuid(tokenId, "token"));
    }
}
