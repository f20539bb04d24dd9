package gongkai.app.user;

import gongkai.error.Check;
import gongkai.user.User;
import gongkai.user.UserDraft;
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

import java.net.URI;
import java.util.List;

/** A tenant's users, managed by its office. */
@Path("v1/tenants/{code}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    Users users;

    @GET
    @Operation(summary = "The tenant's users (the tenant's office)")
    public List<User> list(@PathParam("code") String code) {
        return users.list();
    }

    @POST
    @Operation(summary = "Create a user (the tenant's office)")
    public Response create(@PathParam("code") String code, UserDraft draft) {
        User created = users.create(Check.present("body", draft));
        return Response.created(URI.create("/api/v1/tenants/" + code + "/users/" + created.username()))
                .entity(created).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user (the tenant's office)")
    public User get(@PathParam("code") String code, @PathParam("username") String username) {
        return users.get(username);
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a user; a password resets it (the tenant's office)")
    public User update(@PathParam("code") String code, @PathParam("username") String username, UserDraft draft) {
        return users.update(username, Check.present("body", draft));
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Deactivate a user (the tenant's office)")
    public User deactivate(@PathParam("code") String code, @PathParam("username") String username) {
        return users.setActive(username, false);
    }
}
