//! The columns and search text the list needs, derived from the record by the core
//! crate's summary helpers, so that listing never decodes whole records.

use casebook_core::CaseRecord;

#[derive(Debug, Default, Clone)]
pub(crate) struct CaseIndex {
    pub code: String,
    pub status: Option<String>,
    pub pseudonym: String,
    pub incident_date: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub act_types: Vec<String>,
    pub agencies: Vec<String>,
    pub consents: Vec<String>,
    pub next_due: Option<String>,
    pub body: String,
}

pub(crate) fn index_of(record: &CaseRecord) -> CaseIndex {
    let owned = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let mut body = String::new();
    // Code and pseudonym have their own columns in the FTS table.
    for part in record
        .search_text()
        .into_iter()
        .filter(|p| p.name != "code" && p.name != "pseudonym")
    {
        body.push_str(part.text);
        body.push('\n');
    }
    CaseIndex {
        code: record.code.clone(),
        status: record.status.clone(),
        pseudonym: record.survivor.pseudonym.clone(),
        // ISO text at its precision sorts and compares correctly as a string.
        incident_date: record.first_incident_date().map(|d| d.to_string()),
        country: record.country().map(str::to_owned),
        region: record.region().map(str::to_owned),
        act_types: owned(record.act_types()),
        agencies: owned(record.agencies()),
        consents: owned(record.consented_destinations()),
        next_due: record
            .next_follow_up_due()
            .map(|d| d.format("%Y-%m-%d").to_string()),
        body,
    }
}
