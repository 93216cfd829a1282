package org.docuportal.web.licensing;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.LicenseService;
import org.docuportal.licensing.application.LicenseView;
import org.docuportal.shared.application.NotFoundException;

/** The licenses of the signed-in member's institution. */
@Named
@RequestScoped
public class LicensesPageView {

    @Inject
    private LicenseService licenses;

    private List<LicenseView> list = List.of();
    private boolean member = true;

    @PostConstruct
    void load() {
        try {
            list = licenses.licenses();
        } catch (NotFoundException e) {
            member = false;
        }
    }

    public List<LicenseView> getLicenses() {
        return list;
    }

    public boolean isMember() {
        return member;
    }
}
