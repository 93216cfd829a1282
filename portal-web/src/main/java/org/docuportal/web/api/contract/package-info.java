/**
 * The API's OpenAPI description as a contract: {@link org.docuportal.web.api.contract.ApiContractFilter}
 * completes what Payara's annotation scanner produces — types and formats from the Java signatures,
 * security from {@code @RolesAllowed}, the problem+json error answers — so that {@code /openapi} says
 * what the code does. CI lints the result (deploy/openapi/lint.sh).
 */
package org.docuportal.web.api.contract;
