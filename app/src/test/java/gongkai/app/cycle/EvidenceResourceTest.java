package gongkai.app.cycle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceResourceTest {

    @Test
    void a_chinese_name_is_sent_as_rfc_6266_filename_star_with_an_ascii_fallback() {
        assertThat(EvidenceResource.contentDisposition("自评 报告\".pdf"))
                .isEqualTo("attachment; filename=\"__ ___.pdf\"; "
                        + "filename*=UTF-8''%E8%87%AA%E8%AF%84%20%E6%8A%A5%E5%91%8A%22.pdf");
    }

    @Test
    void the_name_of_an_upload_is_read_from_filename_star_first_then_filename() {
        assertThat(EvidenceResource.filenameOf("attachment; filename=\"x.pdf\"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6+1.pdf"))
                .isEqualTo("台账+1.pdf");
        assertThat(EvidenceResource.filenameOf("attachment; filename=\"plain name.pdf\"")).isEqualTo("plain name.pdf");
        assertThat(EvidenceResource.filenameOf("attachment; filename=bare.png")).isEqualTo("bare.png");
        assertThat(EvidenceResource.filenameOf("attachment")).isNull();
        assertThat(EvidenceResource.filenameOf(null)).isNull();
    }
}
