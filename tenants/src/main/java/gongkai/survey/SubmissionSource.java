package gongkai.survey;

/**
 * Where a public submission comes from, as the edge knows it: the retry key the client chose, and the salted
 * hashes of its network address and browser token (never the address or the token themselves).
 */
public record SubmissionSource(String idempotencyKey, String addressHash, String browserTokenHash) {
}
