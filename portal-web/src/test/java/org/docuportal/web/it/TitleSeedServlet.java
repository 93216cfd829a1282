package org.docuportal.web.it;

import java.io.IOException;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;

/**
 * Test-only: adds a licensable title without rights windows ({@code POST /it/titles?slug=...}),
 * for tests that change rights on a title of their own so that the shared demo titles stay as
 * they are. Deployed only by the tests that add it ({@link Deployments#portalWith}).
 */
@WebServlet("/it/titles")
public class TitleSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        try {
            tx.begin();
            em.persist(new Title(slug, "Rights test " + slug, "A film for rights tests.", "en", TitleStatus.AVAILABLE)
                    .describe(null, 52, 2026, "Test Supplier"));
            tx.commit();
        } catch (Exception e) {
            throw new IOException("could not add the title " + slug, e);
        }
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.getWriter().write(slug);
    }
}
