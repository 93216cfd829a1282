/** Institution use cases: registration, review by the distributor, membership. */
package org.docuportal.institution.application;
