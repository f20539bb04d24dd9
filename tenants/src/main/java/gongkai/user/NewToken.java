package gongkai.user;

/** A token just created: {@code secret} is shown this once and never stored. */
public record NewToken(TokenInfo token, String secret) {
}
