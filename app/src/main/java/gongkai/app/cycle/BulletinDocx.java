package gongkai.app.cycle;

import gongkai.cycle.Bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bulletin (通报) of a cycle as a Word document (.docx): a title, the cycle and the leading group's approval, the
 * table of units with totals and grades, and the commendation and criticism lists. Written directly as the three
 * parts a WordprocessingML package needs (content types, package relationship, main document): a bulletin is a
 * handful of paragraphs and one table, for which POI's ~20 MB of jars would be the only reason (the XLSX export uses
 * fastexcel for the same reason). The integration test opens the result with POI.
 */
final class BulletinDocx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private BulletinDocx() {
    }

    static byte[] write(Bulletin bulletin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            part(zip, "word/document.xml", document(bulletin));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String document(Bulletin b) {
        StringBuilder body = new StringBuilder();
        paragraph(body, b.tenantName() + "关于" + b.period() + "年度政务公开工作考核结果的通报", true, true);
        paragraph(body, "考核：" + b.cycleCode() + "（" + b.period() + "）", false, false);
        if (b.approvalReference() != null) {
            paragraph(body, "考核结果经领导小组审定：" + b.approvalReference() + "（" + b.approvedOn() + "）", false, false);
        }
        paragraph(body, "一、考核结果", true, false);
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders></w:tblPr>");
        row(body, List.of("序号", "单位代码", "单位", "得分", "等次"), true);
        int place = 1;
        for (Bulletin.Row r : b.rows()) {
            row(body, List.of(Integer.toString(place++), r.unitCode(), r.unitName(), r.total(), r.gradeLabel()), false);
        }
        body.append("</w:tbl>");
        paragraph(body, "二、通报表彰", true, false);
        paragraph(body, b.commended().isEmpty() ? "无" : String.join("、", b.commended()), false, false);
        paragraph(body, "三、通报批评", true, false);
        paragraph(body, b.criticised().isEmpty() ? "无" : String.join("、", b.criticised())
                + "（限期整改）", false, false);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body>"
                + "</w:document>";
    }

    private static void paragraph(StringBuilder out, String text, boolean bold, boolean centred) {
        out.append("<w:p>");
        if (centred) {
            out.append("<w:pPr><w:jc w:val=\"center\"/></w:pPr>");
        }
        run(out, text, bold);
        out.append("</w:p>");
    }

    private static void row(StringBuilder out, List<String> cells, boolean header) {
        out.append("<w:tr>");
        for (String cell : cells) {
            out.append("<w:tc><w:p>");
            run(out, cell, header);
            out.append("</w:p></w:tc>");
        }
        out.append("</w:tr>");
    }

    private static void run(StringBuilder out, String text, boolean bold) {
        out.append("<w:r>");
        if (bold) {
            out.append("<w:rPr><w:b/></w:rPr>");
        }
        out.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
    }

    /** XML text, without the control characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
