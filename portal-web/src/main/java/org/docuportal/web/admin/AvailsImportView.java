package org.docuportal.web.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.AvailsImportReport;
import org.docuportal.catalog.application.AvailsImportService;
import org.docuportal.catalog.application.AvailsProblem;
import org.docuportal.catalog.application.AvailsRejectedException;
import org.docuportal.web.Messages;
import org.primefaces.model.file.UploadedFile;

/** The avails import page: upload a CSV file, see what was imported or every problem. */
@Named
@RequestScoped
public class AvailsImportView {

    @Inject
    private AvailsImportService imports;

    @Inject
    private Messages messages;

    private UploadedFile file;
    private AvailsImportReport report;
    private List<AvailsProblem> problems = List.of();

    public void upload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage("avails:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("avails.chooseFile"), null));
            return;
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = imports.importCsv(reader, file.getFileName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("avails.imported", report.rows(), report.added(), report.unchanged()), null));
        } catch (AvailsRejectedException e) {
            problems = e.problems();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public AvailsImportReport getReport() {
        return report;
    }

    public List<AvailsProblem> getProblems() {
        return problems;
    }
}
