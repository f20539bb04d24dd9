package gongkai.cycle;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an evidence file (PostgreSQL bytea), apart from its metadata so that lists never load them. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends TenantOwned {

    @Column(name = "content")
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(UUID fileId, byte[] content) {
        super(fileId);
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
