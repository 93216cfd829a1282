package org.docuportal.account.domain;

/**
 * What an account may do. The names are the Jakarta Security groups and roles, one to one.
 */
public enum Role {
    /** Licenses films for classes at a school, university or library. */
    TEACHER,
    /** Licenses films for training screenings at a military or government training institution. */
    TRAINING_OFFICER,
    /** Manages an institution's members, network ranges and purchase approvals. */
    INSTITUTION_ADMIN,
    /** The distributor's staff who verify institutions. */
    REVIEWER,
    /** The distributor's staff who run the catalog, rights and screeners. */
    PLATFORM_ADMIN,
    /** The distributor's staff who write and publish the study guides. */
    CURRICULUM_EDITOR;

    /** Role names for {@code @RolesAllowed}, kept next to the enum so that they cannot drift. */
    public static final class Names {
        public static final String TEACHER = "TEACHER";
        public static final String TRAINING_OFFICER = "TRAINING_OFFICER";
        public static final String INSTITUTION_ADMIN = "INSTITUTION_ADMIN";
        public static final String REVIEWER = "REVIEWER";
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String CURRICULUM_EDITOR = "CURRICULUM_EDITOR";

        private Names() {
        }
    }
}
