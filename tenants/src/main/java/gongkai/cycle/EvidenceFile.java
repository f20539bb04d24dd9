package gongkai.cycle;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A stored evidence file's metadata (the bytes are an {@link EvidenceContent} of the same id). Never changed. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends TenantOwned {

    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "unit_id")
    private UUID unitId;
    private String indicator;
    @Column(name = "event_code")
    private String eventCode;
    private String filename;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(UUID cycleId, UUID unitId, String indicator, String eventCode, String filename, String mediaType,
                 long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        super(UUID.randomUUID());
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.indicator = indicator;
        this.eventCode = eventCode;
        this.filename = filename;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    UUID cycleId() {
        return cycleId;
    }

    UUID unitId() {
        return unitId;
    }

    String indicator() {
        return indicator;
    }

    String eventCode() {
        return eventCode;
    }

    EvidenceView view(String unitCode) {
        return new EvidenceView(id, unitCode, indicator, eventCode, filename, mediaType, sizeBytes, sha256, uploadedBy,
                uploadedAt);
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("indicator", indicator);
        view.put("event", eventCode);
        view.put("filename", filename);
        view.put("mediaType", mediaType);
        view.put("size", sizeBytes);
        view.put("sha256", sha256);
        return view;
    }
}
