package org.docuportal.web.licensing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.application.NewOffer;

/**
 * The price table of a new offer as the page edits it: one row per institution type, one cell
 * per size band. Empty cells are left out of the offer (not sold to those institutions); the
 * cells that are sent are remembered in order, so that the service's {@code prices[i]} errors
 * point back at the cell they concern.
 */
public class PriceGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Row> rows = new ArrayList<>();
    private final List<Cell> sent = new ArrayList<>();

    public PriceGrid() {
        for (InstitutionType type : InstitutionType.values()) {
            rows.add(new Row(type, Arrays.stream(SizeBand.values()).map(b -> new Cell(type, b)).toList()));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The filled cells as the service takes them; clears earlier error marks. */
    List<NewOffer.Price> prices() {
        sent.clear();
        List<NewOffer.Price> prices = new ArrayList<>();
        for (Row row : rows) {
            for (Cell cell : row.cells) {
                cell.invalid = false;
                if (cell.amount != null && !cell.amount.isBlank()) {
                    sent.add(cell);
                    prices.add(new NewOffer.Price(row.type.name(), cell.band.name(), cell.amount));
                }
            }
        }
        return prices;
    }

    /**
     * Marks the cell that the service's field {@code prices[i]} names and returns its client id
     * under the form, or null when the field names no cell.
     */
    String markInvalid(String field, String formId) {
        if (!field.startsWith("prices[") || !field.endsWith("]")) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(field.substring("prices[".length(), field.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0 || index >= sent.size()) {
            return null;
        }
        Cell cell = sent.get(index);
        cell.invalid = true;
        return formId + ":rows:" + cell.type.ordinal() + ":cells:" + cell.band.ordinal() + ":amount";
    }

    /** One institution type's prices by size band. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final InstitutionType type;
        private final List<Cell> cells;

        Row(InstitutionType type, List<Cell> cells) {
            this.type = type;
            this.cells = cells;
        }

        public InstitutionType getType() {
            return type;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** One price as typed, such as "249.00", and whether the service refused it. */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final InstitutionType type;
        private final SizeBand band;
        private String amount;
        private boolean invalid;

        Cell(InstitutionType type, SizeBand band) {
            this.type = type;
            this.band = band;
        }

        public SizeBand getBand() {
            return band;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public boolean isInvalid() {
            return invalid;
        }
    }
}
