package gongkai.survey;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A member of a campaign's representative panel, invited by a personal link (only the token's hash is kept). */
@Entity
@Table(name = "panel_member")
public class PanelMember extends TenantOwned {

    @Column(name = "campaign_id")
    private UUID campaignId;
    private String name;
    @Column(name = "member_type")
    private String memberType;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "invited_at")
    private Instant invitedAt;
    private int reminders;
    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;
    @Version
    private long version;

    protected PanelMember() {
    }

    PanelMember(UUID campaignId, String name, PanelMemberType type, String tokenHash, Instant invitedAt) {
        super(UUID.randomUUID());
        this.campaignId = campaignId;
        this.name = name;
        this.memberType = type.name();
        this.tokenHash = tokenHash;
        this.invitedAt = invitedAt;
    }

    /** Records that the office reminded the member (no message is sent from here). */
    void remind(Instant at) {
        reminders++;
        lastRemindedAt = at;
    }

    UUID campaignId() {
        return campaignId;
    }

    String name() {
        return name;
    }

    PanelMemberType type() {
        return PanelMemberType.valueOf(memberType);
    }

    Instant invitedAt() {
        return invitedAt;
    }

    int reminders() {
        return reminders;
    }

    Instant lastRemindedAt() {
        return lastRemindedAt;
    }
}
