package gongkai.cycle;

import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import gongkai.scoring.BonusRule;
import gongkai.scoring.DeductionRule;
import gongkai.scoring.SchemeDefinition;
import gongkai.scoring.VetoRule;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Evidence files (证明材料) of a unit in a cycle. A unit liaison attaches them to the self-assessment's indicators
 * while it is open and not submitted; the assessors (and the office) attach them to bonus, deduction and veto events
 * during the assessment. At most {@link #MAX_BYTES} each (413), PDF, images or Office documents by content (400), with
 * their SHA-256; nothing is stored when refused. Only those who see the unit list and download them (a unit liaison
 * their own unit, an assessor the units assigned in that cycle, the office all). Why stored and checked so:
 * docs/decisions/009-evidence-files.md.
 */
@ApplicationScoped
public class EvidenceFiles {

    /** 20 MiB (issue 4). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_FILENAME = 255;

    @Inject
    CycleStore store;

    @Inject
    AuditLog audit;

    /**
     * Stores one file for {@code indicator} (a leaf of the scoring sheet) or {@code event} (a bonus, deduction or veto
     * rule code of the scheme), exactly one of the two. The caller's rights and the cycle's state are checked before
     * the body is read.
     */
    @Transactional
    public EvidenceView upload(String cycleCode, String unitCode, String indicator, String event, String filename,
                               InputStream body) {
        Acting acting = TenantContext.current();
        String name = filename(filename);
        if ((indicator == null) == (event == null)) {
            throw DomainException.invalid("indicator", "give either indicator (a self-assessment indicator) or event "
                    + "(a bonus, deduction or veto rule code), not both and not neither");
        }
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        requireMayChange(acting, cycle, unit, unitCode, indicator != null);
        SchemeDefinition scheme = store.definition(cycle);
        if (indicator != null && !ScoringSheet.of(scheme).isLeaf(indicator)) {
            throw DomainException.invalid("indicator", "there is no leaf indicator " + indicator
                    + " on the scoring sheet");
        }
        if (event != null && !eventCodes(scheme).contains(event)) {
            throw DomainException.invalid("event", "there is no bonus, deduction or veto rule " + event
                    + " in the scheme");
        }
        byte[] content = read(body);
        String mediaType = EvidenceType.require(content, name);
        EvidenceFile file = new EvidenceFile(cycle.id(), unit.unitId(), indicator, event, name, mediaType,
                content.length, sha256(content), acting.actorName(), Instant.now());
        store.em().persist(file);
        // No JPA relationship between the two (aggregates refer by id): the row the bytes refer to goes first.
        store.em().flush();
        store.em().persist(new EvidenceContent(file.id(), content));
        audit.record("UPLOAD_EVIDENCE", "evidence_file", file.id(), store.key(cycle, unit), null, file.auditView());
        return file.view(unitCode);
    }

    /** The unit's evidence files, oldest first, for whoever sees the unit. */
    @Transactional
    public List<EvidenceView> list(String cycleCode, String unitCode) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        return store.em().createQuery("select f from EvidenceFile f where f.cycleId = :cycle and f.unitId = :unit"
                        + " order by f.uploadedAt, f.filename", EvidenceFile.class)
                .setParameter("cycle", cycle.id()).setParameter("unit", unit.unitId()).getResultStream()
                .map(f -> f.view(unitCode)).toList();
    }

    @Transactional
    public EvidenceDownload download(String cycleCode, String unitCode, UUID id) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        EvidenceFile file = file(cycle, unit, id);
        EvidenceContent content = store.em().find(EvidenceContent.class, id);
        return new EvidenceDownload(file.view(unitCode), content.content());
    }

    /** Removes a file while what it supports is still open (the self-assessment, or the assessment for events). */
    @Transactional
    public void delete(String cycleCode, String unitCode, UUID id) {
        Acting acting = TenantContext.current();
        AssessmentCycle cycle = store.cycle(cycleCode);
        CycleUnit unit = store.unit(cycle, unitCode);
        CycleStore.requireSees(acting, unit, unitCode);
        EvidenceFile file = file(cycle, unit, id);
        requireMayChange(acting, cycle, unit, unitCode, file.indicator() != null);
        // The bytes go with the row (on delete cascade), without being read.
        store.em().remove(file);
        audit.record("DELETE_EVIDENCE", "evidence_file", id, store.key(cycle, unit), file.auditView(), null);
    }

    private EvidenceFile file(AssessmentCycle cycle, CycleUnit unit, UUID id) {
        EvidenceFile file = id == null ? null : store.em().find(EvidenceFile.class, id);
        if (file == null || !file.cycleId().equals(cycle.id()) || !file.unitId().equals(unit.unitId())) {
            throw DomainException.notFound("evidence file " + id);
        }
        return file;
    }

    /**
     * Self-assessment evidence: the unit's liaison, in SELF_ASSESSMENT, before the submission. Event evidence: the
     * unit's assessors or the office, in ASSESSMENT (when events are recorded).
     */
    private static void requireMayChange(Acting acting, AssessmentCycle cycle, CycleUnit unit, String unitCode,
                                         boolean selfAssessment) {
        if (selfAssessment) {
            acting.requireChange(Role.UNIT_LIAISON);
        } else {
            acting.requireChange(Role.ASSESSOR, Role.TENANT_ADMIN);
        }
        CycleStore.requireSees(acting, unit, unitCode);
        CycleState state = cycle.state();
        if (selfAssessment && state != CycleState.SELF_ASSESSMENT) {
            throw DomainException.conflict("state", "Self-assessment evidence is changed during the SELF_ASSESSMENT, "
                    + "not in state " + state);
        }
        if (selfAssessment && unit.progress(List.of()).selfAssessmentSubmitted()) {
            throw DomainException.conflict("selfAssessment", "the self-assessment of " + unitCode
                    + " was submitted: its evidence no longer changes");
        }
        if (!selfAssessment && state != CycleState.ASSESSMENT) {
            throw DomainException.conflict("state", "Event evidence is changed during the ASSESSMENT, not in state "
                    + state);
        }
    }

    private static List<String> eventCodes(SchemeDefinition scheme) {
        return Stream.of(scheme.bonusRules().stream().map(BonusRule::code),
                scheme.deductionRules().stream().map(DeductionRule::code),
                scheme.vetoRules().stream().map(VetoRule::code)).flatMap(s -> s).toList();
    }

    /** The name without any directory part or control characters; required, at most 255 characters. */
    static String filename(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw DomainException.invalid("filename", "filename is required: the file's name, e.g. 自评报告.pdf");
        }
        if (name.length() > MAX_FILENAME) {
            throw DomainException.invalid("filename", "filename must be at most " + MAX_FILENAME + " characters");
        }
        return name;
    }

    /** The whole body, refused (413) as soon as it passes {@link #MAX_BYTES}: a chunked body has no length to trust. */
    static byte[] read(InputStream body) {
        if (body == null) {
            throw DomainException.invalid("file", "the file is empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (out.size() + n > MAX_BYTES) {
                    throw DomainException.tooLarge("file", "an evidence file is at most 20 MiB");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw DomainException.invalid("file", "the file is empty");
        }
        return out.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
