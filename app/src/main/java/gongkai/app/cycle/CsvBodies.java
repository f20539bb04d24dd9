package gongkai.app.cycle;

import gongkai.error.DomainException;
import jakarta.ws.rs.core.MediaType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A text body (CSV) in its declared charset, UTF-8 if none; malformed bytes are refused (400), not replaced. */
final class CsvBodies {

    private CsvBodies() {
    }

    static String text(MediaType type, byte[] body) {
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw DomainException.invalid("rows", "the body is not text in "
                    + (declared == null ? "UTF-8" : "the declared charset"));
        }
    }
}
