package gongkai.cycle;

import java.time.LocalDate;

/**
 * What a move of the cycle needs, by move: {@code noticeDate} to notify, {@code startDate} to start the
 * assessment, {@code approval} to finalise, {@code reason} to cancel. Other fields are ignored by other moves.
 */
public record CycleMove(LocalDate noticeDate, LocalDate startDate, LeadingGroupApproval approval, String reason) {

    public static CycleMove none() {
        return new CycleMove(null, null, null, null);
    }
}
