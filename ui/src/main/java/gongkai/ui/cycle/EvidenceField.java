package gongkai.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import com.vaadin.flow.server.streams.UploadHandler;
import gongkai.cycle.EvidenceFiles;
import gongkai.cycle.EvidenceView;
import gongkai.error.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The evidence files of one indicator (or event) of a unit: links to download them, and while open an upload that
 * shows a refusal (over 20 MiB, not a PDF, image or Office document) beside itself.
 */
class EvidenceField extends Div {

    static final String[] ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp",
            ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp"};

    private static final Logger LOG = Logger.getLogger(EvidenceField.class.getName());

    private final EvidenceFiles evidence;
    private final String tenantCode;
    private final String cycleCode;
    private final String unitCode;
    private final String indicator;
    private final String event;
    private final Div files = new Div();
    private final Span error = new Span();
    private final boolean editable;

    EvidenceField(EvidenceFiles evidence, String tenantCode, String cycleCode, String unitCode, String indicator,
                  String event, boolean editable, List<EvidenceView> existing) {
        this.evidence = evidence;
        this.tenantCode = tenantCode;
        this.cycleCode = cycleCode;
        this.unitCode = unitCode;
        this.indicator = indicator;
        this.event = event;
        this.editable = editable;
        String key = indicator != null ? indicator : event;
        files.setId("files-" + key);
        error.setId("upload-error-" + key);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(files);
        if (editable) {
            // Each file is its own request with its own bytes (UploadHandler): one shared buffer let a refused file
            // leave the next upload of the same field without its link (#4).
            Upload upload = new Upload();
            upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> store(upload, metadata.fileName(), bytes),
                    new TransferProgressListener() {
                        @Override
                        public void onError(TransferContext context, IOException reason) {
                            LOG.log(Level.WARNING, "evidence upload of " + context.fileName() + " failed", reason);
                            upload.getUI().ifPresent(ui -> ui.access(() -> failed(upload, context.fileName())));
                        }
                    }));
            upload.setId("upload-" + key);
            upload.setMaxFileSize(EvidenceFiles.MAX_BYTES);
            upload.setAcceptedFileTypes(ACCEPTED);
            upload.setMaxFiles(20);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("cycle.evidence.upload"), VaadinIcon.UPLOAD.create()));
            upload.addFileRejectedListener(e -> showError(named(e.getFileName(),
                    getTranslation("cycle.evidence.rejected"))));
            add(upload);
        }
        add(error);
        existing.forEach(this::addFile);
    }

    /** Stores one uploaded file; a refusal names the file and stores nothing. */
    private void store(Upload upload, String filename, byte[] bytes) {
        try {
            EvidenceView stored = evidence.upload(cycleCode, unitCode, indicator, event, filename,
                    new ByteArrayInputStream(bytes));
            error.setText("");
            addFile(stored);
            upload.clearFileList();
        } catch (DomainException refused) {
            showError(named(filename, refused.kind() == DomainException.Kind.TOO_LARGE
                    ? getTranslation("cycle.evidence.tooLarge")
                    : refused.kind() == DomainException.Kind.INVALID && "file".equals(refused.field())
                    ? getTranslation("cycle.evidence.wrongType") : refused.getMessage()));
            upload.clearFileList();
        } catch (RuntimeException broken) {
            LOG.log(Level.WARNING, "evidence upload of " + filename + " failed", broken);
            failed(upload, filename);
        }
    }

    private void failed(Upload upload, String filename) {
        showError(named(filename, getTranslation("cycle.evidence.failed")));
        upload.clearFileList();
    }

    private String named(String filename, String message) {
        return filename == null || filename.isBlank() ? message
                : getTranslation("cycle.evidence.fileMessage", filename, message);
    }

    private void showError(String text) {
        error.setText(text);
    }

    private void addFile(EvidenceView file) {
        Anchor link = new Anchor(CycleTexts.evidenceHref(tenantCode, cycleCode, unitCode, file.id()),
                file.filename() + " (" + size(file.size()) + ")");
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", "");
        link.setTitle("SHA-256 " + file.sha256());
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link);
        row.setSpacing(true);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        row.addClassName("evidence-file");
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    evidence.delete(cycleCode, unitCode, file.id());
                    files.remove(row);
                } catch (DomainException refused) {
                    showError(refused.getMessage());
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("cycle.evidence.delete"));
            row.add(remove);
        }
        files.add(row);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
