// The knowledge part of the demo data (demo-data.json, "knowledge"): resources from the seeds' themes
// (circular fashion, digital transformation of SMEs, cross-border cooperation barriers, crisis
// production of masks) in several languages, written by the demo members, submitted and published by
// their cluster's manager (or a platform admin where a cluster has no manager), then questions with
// answers, one accepted. knowledge-service learns who acts for what from members' events: a call it
// cannot answer yet is tried again for a while.

export async function loadKnowledgeDemo({ demo, call, organisationIds, patiently }) {
  const plan = demo.knowledge;
  const ids = [];
  for (const [index, { author, by, reviewer, ...resource }] of plan.resources.entries()) {
    const { id } = await patiently(() => call(by, "POST", "/api/v1/resources",
      { authorOrganisationId: organisationIds[author], ...resource }, { key: `demo-resource-${index}` }));
    await call(by, "POST", `/api/v1/resources/${id}/submission`);
    await patiently(() => call(reviewer, "POST", `/api/v1/resources/${id}/publication`, { comment: "Clear and useful, thank you." }));
    ids.push(id);
  }
  for (const { resource, by, answers, accepted, ...question } of plan.questions) {
    const about = resource === undefined ? {} : { resourceId: ids[resource] };
    const asked = await patiently(() => call(by, "POST", "/api/v1/questions", { ...about, ...question }));
    let answered = asked;
    for (const answer of answers) answered = await call(answer.by, "POST", `/api/v1/questions/${asked.id}/answers`, { body: answer.body });
    if (accepted !== undefined) {
      await call(by, "POST", `/api/v1/questions/${asked.id}/acceptance`, { answerId: answered.answers[accepted].id });
    }
  }
  console.log(`loaded ${plan.resources.length} know-how resources and ${plan.questions.length} questions with their answers`);
}
