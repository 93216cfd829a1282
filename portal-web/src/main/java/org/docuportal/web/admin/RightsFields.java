package org.docuportal.web.admin;

import java.io.Serializable;
import java.util.List;

import org.docuportal.licensing.application.RightsForm;

/** The text fields of the rights page's add form and of its change form, as typed. */
public final class RightsFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String rightType;
    private String territory;
    private String excluded;
    private String startDate;
    private String endDate;
    private String reason;

    RightsForm form() {
        return new RightsForm(rightType, territory, null, null, excluded == null ? null : List.of(excluded),
                startDate, endDate, null, reason);
    }

    /** Ending early sends only the end; an amendment sends territory, exclusions and end as shown. */
    RightsForm amendment(TitleRightsView.Mode mode) {
        if (mode == TitleRightsView.Mode.END) {
            return new RightsForm(null, null, null, null, null, null, endDate, null, reason);
        }
        boolean openEnded = endDate == null || endDate.isBlank();
        return new RightsForm(null, territory, null, null, List.of(excluded == null ? "" : excluded), null,
                endDate, openEnded, reason);
    }

    void clear() {
        territory = null;
        excluded = null;
        startDate = null;
        endDate = null;
        reason = null;
    }

    public String getRightType() { return rightType; }
    public void setRightType(String rightType) { this.rightType = rightType; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public String getExcluded() { return excluded; }
    public void setExcluded(String excluded) { this.excluded = excluded; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
