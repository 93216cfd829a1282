package org.docuportal.web.institution;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.Registration;
import org.docuportal.institution.application.RegistrationReceipt;
import org.docuportal.institution.application.RegistrationService;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.catalog.CountryOption;
import org.docuportal.web.catalog.CountryOptions;

/** The registration form for a new institution and its first administrator. */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService registrations;

    private String name;
    private String type;
    private String country;
    private String address;
    private String website;
    private String registryId;
    private String emailDomains;
    private String ipRanges;
    private String sizeBand;
    private String adminName;
    private String adminEmail;
    private String adminPassword;
    private String registeredName;
    private String registeredEmail;

    public void register() {
        Registration form = new Registration(name, type, country, address, website, registryId, lines(emailDomains),
                lines(ipRanges), sizeBand, adminName, adminEmail, adminPassword);
        try {
            RegistrationReceipt receipt = registrations.register(form);
            registeredName = receipt.institutionName();
            registeredEmail = receipt.adminEmail();
        } catch (InvalidInputException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            e.violations().forEach(v -> faces.addMessage("registration:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
    }

    /** Domains and ranges are typed one per line, or separated by commas or spaces. */
    private static Set<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).forEach(values::add);
        return values;
    }

    public List<InstitutionType> getTypes() {
        return List.of(InstitutionType.values());
    }

    public List<SizeBand> getSizeBands() {
        return List.of(SizeBand.values());
    }

    public List<CountryOption> getCountries() {
        return CountryOptions.ALL;
    }

    public boolean isRegistered() {
        return registeredName != null;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getRegistryId() {
        return registryId;
    }

    public void setRegistryId(String registryId) {
        this.registryId = registryId;
    }

    public String getEmailDomains() {
        return emailDomains;
    }

    public void setEmailDomains(String emailDomains) {
        this.emailDomains = emailDomains;
    }

    public String getIpRanges() {
        return ipRanges;
    }

    public void setIpRanges(String ipRanges) {
        this.ipRanges = ipRanges;
    }

    public String getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(String sizeBand) {
        this.sizeBand = sizeBand;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
