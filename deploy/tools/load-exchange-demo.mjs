// The exchange part of the demo data (demo-data.json, "exchange"): the alliance's manager opens the
// CLOTH programme with its real targets, hosts publish offers, visitors apply, and each exchange is
// moved by the people concerned up to its state, so that every state of the lifecycle is there to
// see; then trainings and workshops with registrations. exchange-service learns about organisations,
// memberships and people from members' events: a call it cannot answer yet (the event has not
// arrived) is tried again for a while.

const MOVES = ["SUBMITTED", "VALIDATED", "MATCHED", "AGREED", "COMPLETED", "CLOSED"];

export async function loadExchangeDemo({ demo, call, allianceIds, organisationIds }) {
  const plan = demo.exchange;
  const validatorOf = (organisationName) => {
    const cluster = demo.organisations.find((o) => o.name === organisationName).memberOf;
    return demo.clusters.find((c) => c.key === cluster).manager ?? "platform-admin";
  };
  const programme = await call("alliance-manager", "POST", "/api/v1/programmes",
    { allianceId: allianceIds[plan.alliance], ...plan.programme }, { key: "demo-programme-cloth" });
  const offers = {};
  for (const [index, { host, by, ...offer }] of plan.offers.entries()) {
    offers[host] = (await patiently(() => call(by, "POST", "/api/v1/hosting-offers",
      { programmeId: programme.id, hostOrganisationId: organisationIds[host], ...offer }, { key: `demo-offer-${index}` }))).id;
  }
  const hostUser = (host) => plan.offers.find((o) => o.host === host).by;
  for (const [index, { visitor, by, host, until, reason, ...application }] of plan.exchanges.entries()) {
    const { id } = await patiently(() => call(by, "POST", "/api/v1/exchanges",
      { offerId: offers[host], visitorOrganisationId: organisationIds[visitor], ...application }, { key: `demo-exchange-${index}` }));
    const move = (user, step, body) => call(user, "POST", `/api/v1/exchanges/${id}/${step}`, body);
    // an exchange that ends on the way goes up to the state before the one named, then ends
    const ending = { REJECTED: "VALIDATED", WITHDRAWN: "VALIDATED", CANCELLED: "MATCHED" }[until];
    const last = ending ?? until;
    for (const state of MOVES.slice(0, MOVES.indexOf(last) + 1)) {
      if (ending && state === last) break;
      if (state === "SUBMITTED") await move(by, "submission");
      if (state === "VALIDATED") await move(validatorOf(visitor), "validation");
      if (state === "MATCHED") await move(hostUser(host), "acceptance");
      if (state === "AGREED") { await move(by, "commitment"); await move(hostUser(host), "commitment"); }
      if (state === "COMPLETED") {
        await move(by, "closing-report", { report: `Five days at ${host}: ${application.objectives.toLowerCase()}.`,
          outcomes: ["A partner for a joint project", "Contacts with two suppliers"] });
      }
      if (state === "CLOSED") await move("alliance-manager", "report-validation");
    }
    if (until === "REJECTED") await move(validatorOf(visitor), "rejection", { reason });
    if (until === "WITHDRAWN") await move(by, "withdrawal", { reason });
    if (until === "CANCELLED") await move("alliance-manager", "cancellation", { reason });
  }
  for (const [index, { participants, ...activity }] of plan.activities.entries()) {
    const { id } = await call("alliance-manager", "POST", "/api/v1/activities", { programmeId: programme.id, ...activity },
      { key: `demo-activity-${index}` });
    for (const participant of participants) await patiently(() => call(participant, "POST", `/api/v1/activities/${id}/registrations`));
  }
  console.log(`loaded the ${plan.programme.name} programme with ${plan.offers.length} hosting offers, ` +
    `${plan.exchanges.length} exchanges (one in each state) and ${plan.activities.length} activities`);
}

/** Tries again while a service has not yet heard of what the call needs (400 or 403), for up to a minute. */
export async function patiently(attempt) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline || !/answered (400|403)/.test(error.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
