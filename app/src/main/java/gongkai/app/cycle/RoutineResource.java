package gongkai.app.cycle;

import gongkai.cycle.RectificationView;
import gongkai.cycle.RoutineChecks;
import gongkai.cycle.RoutineViews;
import gongkai.error.Check;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Routine assessment (日常考核, Weibin 2020 Art. 9, issue 4): task lists, weekly checks, monthly bulletins and the
 * rectification of failed months. The quarterly ranking is {@code GET .../cycles/{cycleCode}/ranking}.
 */
@Path("v1/tenants/{code}/routine")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutineResource {

    @Inject
    RoutineChecks routine;

    @GET
    @Path("units/{unitCode}/tasks")
    @Operation(summary = "A unit's task list, the items of its weekly checks")
    public RoutineViews.TaskList taskList(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return routine.taskList(unitCode);
    }

    @PUT
    @Path("units/{unitCode}/tasks")
    @Operation(summary = "Set a unit's task list (the office)")
    public RoutineViews.TaskList setTaskList(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
                                             RoutineViews.TaskList list) {
        return routine.setTaskList(unitCode, Check.present("body", list));
    }

    @PUT
    @Path("units/{unitCode}/checks/{week}")
    @Operation(summary = "Record a unit's weekly check (YYYY-Www): the task-list items below standard (the office or "
            + "an assessor)")
    public RoutineViews.WeeklyCheck check(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
                                          @PathParam("week") String week, RoutineViews.WeeklyCheckInput input) {
        return routine.check(unitCode, week, Check.present("body", input));
    }

    @GET
    @Path("bulletins/{month}")
    @Operation(summary = "The monthly bulletin (YYYY-MM): per unit the weeks checked, the items missed, and whether "
            + "the month failed (any item missed)")
    public List<RoutineViews.MonthLine> bulletin(@PathParam("code") String code, @PathParam("month") String month) {
        return routine.bulletin(month);
    }

    @POST
    @Path("bulletins/{month}/rectification-orders")
    @Operation(summary = "Order the rectification of every failed month of the bulletin (the office); 409 if a month "
            + "was already ordered")
    public List<RectificationView> orderForFailedMonths(@PathParam("code") String code,
                                                        @PathParam("month") String month) {
        return routine.orderForFailedMonths(month);
    }
}
