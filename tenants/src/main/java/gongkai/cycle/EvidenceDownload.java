package gongkai.cycle;

/** An evidence file with its bytes, for whoever may see its unit. */
public record EvidenceDownload(EvidenceView file, byte[] content) {
}
