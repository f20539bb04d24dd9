package gongkai.app.calendar;

import gongkai.calendar.TenantCalendars;
import gongkai.error.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A tenant's working-day calendar (issue 4): deadlines in working days, the year's holidays, and the office's local
 * days and imported official lists. Query and path values are read as text here so that a malformed one answers
 * 400 naming it, not JAX-RS's bare 404.
 */
@Path("v1/tenants/{code}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    @Inject
    TenantCalendars calendars;

    @GET
    @Path("working-days")
    @Operation(summary = "With from and add: the add-th working day after from ({\"date\"}); with from and to: the "
            + "working days from from to to, both included ({\"workingDays\"})")
    public Response workingDays(@PathParam("code") String code, @QueryParam("from") String from,
                                @QueryParam("add") String add, @QueryParam("to") String to) {
        boolean hasAdd = add != null;
        boolean hasTo = to != null;
        if (hasAdd == hasTo) {
            throw DomainException.invalid("add", hasAdd
                    ? "add: give either add (a number of working days) or to (an end date), not both"
                    : "add: give add (a number of working days) or to (an end date, YYYY-MM-DD)");
        }
        LocalDate start = date("from", from);
        if (hasAdd) {
            return Response.ok(new WorkingDate(calendars.addWorkingDays(start, number("add", add)))).build();
        }
        return Response.ok(new WorkingDayCount(calendars.countWorkingDays(start, date("to", to)))).build();
    }

    @GET
    @Path("days")
    @Operation(summary = "The listed days of a year (default: this year in the tenant's time zone): official "
            + "holidays, adjusted working days and the tenant's local days")
    public YearView days(@PathParam("code") String code, @QueryParam("year") String year) {
        int y = year == null ? calendars.today().getYear() : number("year", year);
        return new YearView(y, calendars.coveredYears().contains(y),
                calendars.specialDays(y).stream().map(DayView::of).toList());
    }

    @PUT
    @Path("days/{date}")
    @Operation(summary = "Make a date a local holiday or a local working day (the tenant's office)")
    public DayView setLocalDay(@PathParam("code") String code, @PathParam("date") String date, LocalDayInput input) {
        LocalDate day = date("date", date);
        if (input == null) {
            throw DomainException.invalid("body", "body is required: {\"kind\": \"HOLIDAY\", \"name\": \"...\"}");
        }
        return DayView.of(calendars.setLocalDay(day, input.kind(), input.name()));
    }

    @DELETE
    @Path("days/{date}")
    @Operation(summary = "Remove a local day: the official calendar applies again (the tenant's office)")
    public Response removeLocalDay(@PathParam("code") String code, @PathParam("date") String date) {
        calendars.removeLocalDay(date("date", date));
        return Response.noContent().build();
    }

    @PUT
    @Path("years/{year}")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv"})
    @Operation(summary = "Import a year's official list (the State Council's notice), one YYYY-MM-DD,HOLIDAY|WORKDAY,"
            + "name line per date, replacing the tenant's list of that year (the tenant's office)")
    public YearView importYear(@PathParam("code") String code, @PathParam("year") String year,
                               @Context HttpHeaders headers, byte[] body) {
        int y = number("year", year);
        calendars.importYear(y, text(headers.getMediaType(), body));
        return days(code, Integer.toString(y));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(parameter, parameter + " is required (YYYY-MM-DD)");
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // falls through to the common message
            }
        }
        throw DomainException.invalid(parameter, parameter + ": '" + shorten(value) + "' is not a date (YYYY-MM-DD)");
    }

    private static int number(String parameter, String value) {
        if (value == null || !WHOLE_NUMBER.matcher(value.strip()).matches()) {
            throw DomainException.invalid(parameter, parameter + ": '" + shorten(String.valueOf(value))
                    + "' is not a whole number");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(parameter, parameter + ": " + shorten(value.strip()) + " is out of range");
        }
    }

    /** The body in its declared charset (UTF-8 if none); malformed bytes are refused, not replaced. */
    private static String text(MediaType type, byte[] body) {
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw DomainException.invalid("list", "list: the body is not text in "
                    + (declared == null ? "UTF-8" : "the charset " + shorten(declared)));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
