package org.docuportal.web.operations;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.operations.application.ScheduledRoundsService;
import org.docuportal.shared.jobs.JobLeaseView;

/** The scheduled rounds' leases under the mail outbox, for platform administrators: which server ran what, and when. */
@Named
@RequestScoped
public class ScheduledRoundsView {

    @Inject
    private ScheduledRoundsService service;

    private List<JobLeaseView> rounds;
    private String thisServer;

    @PostConstruct
    void load() {
        rounds = service.rounds();
        thisServer = service.thisServer();
    }

    public List<JobLeaseView> getRounds() {
        return rounds;
    }

    public String getThisServer() {
        return thisServer;
    }
}
