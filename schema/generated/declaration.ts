/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from schema/declaration.schema.json by `npm run generate` (json-schema-to-typescript).
 * A test fails when this file is stale.
 */

/**
 * A name people will recognise.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * Where the document can be found: a reference number, file name, shared-drive path or URL.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "reference".
 */
export type Reference = string;
/**
 * A two-letter ISO 3166 country code in capitals, for example GB, IE, US.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "countryCode".
 */
export type CountryCode = string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2026-05-07.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "calendarDate".
 */
export type CalendarDate = string;
/**
 * Free text.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A short identifier you choose, used to refer to this entry from elsewhere in the declaration and in waivers: lower-case letters, digits, '-' or '_', starting with a letter or digit (for example 'spring-sms').
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * Identifiers of other entries in this declaration.
 *
 * @maxItems 200
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList = Id[];
/**
 * A web address beginning with https:// or http://.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * A whole number of calendar days.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "days".
 */
export type Days = number;

/**
 * How a political campaign, party, candidate or campaign supplier uses personal data. campaigncheck reads this document and checks it against the ICO guidance for the use of personal data in political campaigning and the law behind it (UK GDPR, the Data Protection Act 2018, PECR and electoral law). Leave out anything you do not know: a missing fact is reported as 'needs information', never as compliant. Use an empty list ([]) or 'used: false' to say that something does not apply to you.
 */
export interface Declaration {
  /**
   * Optional. The address of this schema, so that editors such as VS Code can offer completion and checking while you type.
   */
  $schema?: string;
  /**
   * The version of the declaration format this document follows. Use "1.0".
   */
  schemaVersion: '1.0';
  declarant: Declarant;
  campaign: Campaign;
  /**
   * Every other organisation or person you share personal data with or receive it from as part of the campaign (party headquarters, local parties, candidates, elected representatives, agents, partner campaigns, connected companies), with their role. Suppliers go under 'vendors'. Use [] if there are none.
   *
   * @maxItems 500
   */
  actors?: Actor[];
  /**
   * Each kind of personal data you hold or create, including opinions and predictions about people (support scores, voting intention, inferred age or ethnicity).
   *
   * @maxItems 500
   */
  dataCategories?: DataCategory[];
  /**
   * Each source of personal data: what you collect yourselves, the electoral register, canvassing, petitions, surveys, data brokers, social media and so on.
   *
   * @maxItems 500
   */
  dataSources?: DataSource[];
  /**
   * Each purpose for which you use personal data, with its lawful basis. One entry per purpose (for example 'doorstep canvassing', 'fundraising emails', 'voter modelling').
   *
   * @maxItems 500
   */
  processingActivities?: ProcessingActivity[];
  profiling?: Profiling;
  automatedDecisions?: AutomatedDecisions;
  privacyNotice?: PrivacyNotice;
  /**
   * Each place or moment where people give you their details: website forms, petitions, surveys, doorstep, phone, events, postal vote or voter registration forms you handle.
   *
   * @maxItems 500
   */
  collectionPoints?: CollectionPoint[];
  /**
   * Each campaign of messages to individuals: emails, texts, messaging apps, live or recorded calls, addressed post, door-to-door visits. Use [] if you send none.
   *
   * @maxItems 1000
   */
  communications?: Communication[];
  suppression?: Suppression;
  /**
   * Each use of a social media or advertising platform to choose who sees your material: uploaded contact lists, lookalike audiences, interest, demographic or location targeting, retargeting. Use [] if you do none.
   *
   * @maxItems 500
   */
  onlineTargeting?: OnlineTargeting[];
  /**
   * Each social media page or account the campaign runs. Use [] if you have none.
   *
   * @maxItems 200
   */
  socialMediaAccounts?: SocialMediaAccount[];
  /**
   * Each website or app the campaign runs, with the cookies, pixels and trackers on it. Use [] if you have none.
   *
   * @maxItems 200
   */
  webProperties?: WebProperty[];
  /**
   * Each piece or series of electronic campaign material (paid adverts, social media posts, videos, websites) for the digital imprint rules of the Elections Act 2022. Use [] if you publish none.
   *
   * @maxItems 1000
   */
  electronicMaterial?: ElectronicMaterial[];
  canvassing?: Canvassing;
  /**
   * Each supplier that handles personal data for you or supplies it to you: CRM and voter database, canvassing app, email or SMS service, call centre, printer and mailing house, data broker, analytics or modelling firm, ad-tech, cloud hosting. Use [] if there are none.
   *
   * @maxItems 500
   */
  vendors?: Vendor[];
  /**
   * For suppliers, brokers and companies: each time you supply personal data you hold (for example customer data) to a party, candidate or campaign, or to someone who will use it for political campaigning. Use [] if you supply none.
   *
   * @maxItems 500
   */
  disclosures?: Disclosure[];
  rights?: Rights;
  governance?: Governance;
  security?: Security;
  /**
   * One entry per dataset (voter file, membership list, consent records, suppression list, register copies, canvass returns, casework ...), with how long it is kept and what starts the clock.
   *
   * @maxItems 500
   */
  retention?: RetentionEntry[];
  postCampaign?: PostCampaign;
  casework?: Casework;
  children?: Children;
  /**
   * Findings your organisation has considered and formally accepted, each with a reason, who approved it and when it expires. A waived finding stays visible in the report as waived; an expired waiver is reported.
   *
   * @maxItems 500
   */
  waivers?: Waiver[];
}
/**
 * The organisation or person that makes this declaration and is responsible (the controller) for the processing it describes.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "declarant".
 */
export interface Declarant {
  name: Name;
  /**
   * What kind of campaigner or supplier you are: 'registered_party' (national party on the Electoral Commission's register), 'local_party_unit' (constituency or branch of a registered party), 'candidate', 'elected_representative' (MP, MS, MSP, MLA, councillor, mayor, PCC), 'referendum_campaigner', 'non_party_campaigner', 'recall_petition_campaigner', 'vendor' (a supplier or processor such as a CRM, analytics or ad-tech firm), 'data_broker', or 'platform' (a social media or advertising platform).
   */
  organisationType:
    | 'registered_party'
    | 'local_party_unit'
    | 'candidate'
    | 'elected_representative'
    | 'referendum_campaigner'
    | 'non_party_campaigner'
    | 'recall_petition_campaigner'
    | 'vendor'
    | 'data_broker'
    | 'platform';
  /**
   * For parties, local party units and party candidates: the entry in the register of political parties kept by the Electoral Commission under PPERA 2000 s. 23.
   */
  partyRegistration?: {
    /**
     * Whether the party is on the register of political parties (PPERA 2000 s. 23).
     */
    registered: boolean;
    partyName?: Name;
    /**
     * The Electoral Commission register number, for example PP52.
     */
    registerEntry?: string;
    /**
     * Whether the party is registered as a minor party (minor parties are not entitled to the full register under RPR 2001 reg. 106).
     */
    minorParty?: boolean;
  };
  /**
   * For non-party campaigners and referendum campaigners: whether you are registered with the Electoral Commission as a recognised third party or a permitted participant.
   */
  electoralCommissionRegistration?: {
    /**
     * Whether you are registered with the Electoral Commission.
     */
    registered: boolean;
    /**
     * 'recognised_third_party' or 'permitted_participant'.
     */
    registrationType?: 'recognised_third_party' | 'permitted_participant';
    reference?: Reference;
  };
  /**
   * The nations of the UK where you campaign or hold data about people: 'england', 'wales', 'scotland', 'northern_ireland'.
   *
   * @minItems 1
   * @maxItems 4
   */
  jurisdictions?:
    | ['england' | 'wales' | 'scotland' | 'northern_ireland']
    | ['england' | 'wales' | 'scotland' | 'northern_ireland', 'england' | 'wales' | 'scotland' | 'northern_ireland']
    | [
        'england' | 'wales' | 'scotland' | 'northern_ireland',
        'england' | 'wales' | 'scotland' | 'northern_ireland',
        'england' | 'wales' | 'scotland' | 'northern_ireland'
      ]
    | [
        'england' | 'wales' | 'scotland' | 'northern_ireland',
        'england' | 'wales' | 'scotland' | 'northern_ireland',
        'england' | 'wales' | 'scotland' | 'northern_ireland',
        'england' | 'wales' | 'scotland' | 'northern_ireland'
      ];
  /**
   * EU member states where you also campaign or target people, as two-letter codes (for example IE, FR). Use [] if none. The EU rules (Regulation (EU) 2024/900) are a separate ruleset.
   *
   * @maxItems 27
   */
  euMemberStates?: (
    | 'AT'
    | 'BE'
    | 'BG'
    | 'HR'
    | 'CY'
    | 'CZ'
    | 'DK'
    | 'EE'
    | 'FI'
    | 'FR'
    | 'DE'
    | 'GR'
    | 'HU'
    | 'IE'
    | 'IT'
    | 'LV'
    | 'LT'
    | 'LU'
    | 'MT'
    | 'NL'
    | 'PL'
    | 'PT'
    | 'RO'
    | 'SK'
    | 'SI'
    | 'ES'
    | 'SE'
  )[];
  establishedIn?: CountryCode;
  /**
   * For organisations established outside the UK that target or monitor people in the UK: the representative appointed in the UK (UK GDPR Art. 27).
   */
  ukRepresentative?: {
    /**
     * Whether a UK representative is appointed.
     */
    appointed: boolean;
    name?: Name;
  };
  /**
   * Whether you have paid the data protection fee to the Information Commissioner.
   */
  icoRegistration?: {
    /**
     * 'registered' (fee paid), 'exempt' (give the reason) or 'not_registered'.
     */
    status: 'registered' | 'exempt' | 'not_registered';
    /**
     * The ICO registration number, for example ZA123456.
     */
    reference?: string;
    expires?: CalendarDate;
    exemptionReason?: Text;
  };
  /**
   * Whether the organisation is a charity (registered under the Charities Act 2011, the Charities Act (Northern Ireland) 2008, or on the Scottish Charity Register).
   */
  isCharity?: boolean;
  /**
   * Roughly how many employees the organisation has.
   */
  staffCount?: number;
  /**
   * Roughly how many volunteers handle personal data.
   */
  volunteerCount?: number;
  /**
   * Roughly how many individuals your campaign data covers (for example the number of records in the voter file).
   */
  peopleInData?: number;
}
/**
 * The campaign or period of activity this declaration covers.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "campaign".
 */
export interface Campaign {
  name: Name;
  /**
   * What the campaign is about: 'uk_parliamentary', 'scottish_parliament', 'senedd', 'ni_assembly', 'local_government', 'mayoral', 'police_and_crime_commissioner', 'referendum', 'recall_petition', 'party_activity' (ongoing activity outside an election), or 'other'.
   */
  electionType?:
    | 'uk_parliamentary'
    | 'scottish_parliament'
    | 'senedd'
    | 'ni_assembly'
    | 'local_government'
    | 'mayoral'
    | 'police_and_crime_commissioner'
    | 'referendum'
    | 'recall_petition'
    | 'party_activity'
    | 'other';
  description?: Text;
  pollingDate?: CalendarDate;
  periodStart?: CalendarDate;
  periodEnd?: CalendarDate;
  /**
   * The minimum voting age at this election: 16 for Scottish Parliament, Senedd and Scottish and Welsh local elections, 18 otherwise (today).
   */
  minimumVotingAge?: number;
}
/**
 * Another organisation or person you share personal data with or receive it from.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "actor".
 */
export interface Actor {
  id: Id;
  name: Name;
  /**
   * 'party_headquarters', 'local_party_unit', 'candidate', 'elected_representative', 'agent', 'partner_campaign', 'affiliated_company' (a business connected to the campaign), or 'other'.
   */
  type?:
    | 'party_headquarters'
    | 'local_party_unit'
    | 'candidate'
    | 'elected_representative'
    | 'agent'
    | 'partner_campaign'
    | 'affiliated_company'
    | 'other';
  /**
   * Their role for the data you share: 'controller' (decides for itself, separately from you), 'joint_controller' (decides purposes and means together with you), or 'processor' (acts only on your instructions).
   */
  role?: 'controller' | 'joint_controller' | 'processor';
  /**
   * Whether they also use the data for purposes of their own.
   */
  usesDataForOwnPurposes?: boolean;
  /**
   * 'we_share' (you give them data), 'they_share' (they give you data) or 'both'.
   */
  dataFlow?: 'we_share' | 'they_share' | 'both';
  /**
   * The written arrangement that sets out who does what.
   */
  arrangement?: {
    /**
     * 'joint_controller_arrangement' (UK GDPR Art. 26), 'processor_contract' (Art. 28), 'data_sharing_agreement', 'party_rules' (the party's constitution or data policy binding its units), or 'none'.
     */
    type: 'joint_controller_arrangement' | 'processor_contract' | 'data_sharing_agreement' | 'party_rules' | 'none';
    reference?: Reference;
    date?: CalendarDate;
  };
  notes?: Text;
}
/**
 * One kind of personal data you hold or create.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "dataCategory".
 */
export interface DataCategory {
  id: Id;
  name: Name;
  /**
   * The closest kind: 'contact_details', 'electoral_register_entry', 'demographics', 'age_or_date_of_birth', 'voting_intention', 'party_support_score', 'canvass_response', 'issue_opinion', 'party_membership', 'turnout_history' (from the marked register), 'donation_history', 'ethnicity', 'religion', 'country_of_origin', 'health', 'sexual_orientation', 'trade_union_membership', 'criminal_offence', 'biometric', 'online_identifier', 'social_media_engagement', 'casework_notes', 'financial', or 'other'.
   */
  kind:
    | 'contact_details'
    | 'electoral_register_entry'
    | 'demographics'
    | 'age_or_date_of_birth'
    | 'voting_intention'
    | 'party_support_score'
    | 'canvass_response'
    | 'issue_opinion'
    | 'party_membership'
    | 'turnout_history'
    | 'donation_history'
    | 'ethnicity'
    | 'religion'
    | 'country_of_origin'
    | 'health'
    | 'sexual_orientation'
    | 'trade_union_membership'
    | 'criminal_offence'
    | 'biometric'
    | 'online_identifier'
    | 'social_media_engagement'
    | 'casework_notes'
    | 'financial'
    | 'other';
  /**
   * Whether you treat this as special category data (UK GDPR Art. 9: for example data revealing political opinions, ethnicity, religion, health, sexual orientation).
   */
  specialCategory?: boolean;
  /**
   * 'collected' (people told you), 'observed' (from their behaviour, for example online), 'inferred' (predicted or deduced by you or a supplier), or 'purchased'.
   */
  origin?: 'collected' | 'observed' | 'inferred' | 'purchased';
  /**
   * For inferred data: 'name_analysis' (estimating ethnicity, religion, origin or age from names), 'statistical_model', 'manual_judgement' (for example a canvasser's assessment), 'platform_segment', or 'other'.
   */
  inferenceMethod?: 'name_analysis' | 'statistical_model' | 'manual_judgement' | 'platform_segment' | 'other';
  sourceIds?: IdList;
  description?: Text;
}
/**
 * One source of personal data.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "dataSource".
 */
export interface DataSource {
  id: Id;
  name: Name;
  /**
   * 'direct_collection' (forms, sign-ups), 'membership_records', 'full_electoral_register', 'open_electoral_register' (the edited register anyone can buy), 'marked_register' (who voted), 'absent_voter_list', 'canvassing', 'petition', 'survey', 'competition', 'casework', 'data_broker', 'affiliated_company_customers' (customers of a connected business), 'own_social_media_engagement' (likes, comments, followers of your own pages), 'social_media_platform', 'public_web', 'scraped_social_media', 'volunteer_contacts' (contacts uploaded from volunteers' phones), 'voter_registration_forms', 'postal_vote_applications', 'donation_records', 'event_signups', or 'other'.
   */
  type:
    | 'direct_collection'
    | 'membership_records'
    | 'full_electoral_register'
    | 'open_electoral_register'
    | 'marked_register'
    | 'absent_voter_list'
    | 'canvassing'
    | 'petition'
    | 'survey'
    | 'competition'
    | 'casework'
    | 'data_broker'
    | 'affiliated_company_customers'
    | 'own_social_media_engagement'
    | 'social_media_platform'
    | 'public_web'
    | 'scraped_social_media'
    | 'volunteer_contacts'
    | 'voter_registration_forms'
    | 'postal_vote_applications'
    | 'donation_records'
    | 'event_signups'
    | 'other';
  supplierId?: Id;
  originalPurpose?: Text;
  usedForActivityIds?: IdList;
  /**
   * If the data is used for something other than its original purpose: the assessment that the new purpose is compatible, or the fresh consent obtained.
   */
  compatibility?: {
    /**
     * 'same_purpose' (not re-used), 'assessed_compatible', 'consent_obtained' (people consented to the new use), 'assessed_incompatible', or 'not_assessed'.
     */
    status: 'same_purpose' | 'assessed_compatible' | 'consent_obtained' | 'assessed_incompatible' | 'not_assessed';
    reference?: Reference;
    /**
     * Whether people were told, when they gave the data, that it would also be used for campaigning.
     */
    peopleToldAtCollection?: boolean;
  };
  /**
   * How the people in this data are told that you have it and what you do with it.
   */
  peopleInformed?: {
    /**
     * 'at_collection' (privacy information given when they gave the data), 'direct_notice' (a notice sent to each person), 'first_communication' (in the first message you send them), 'privacy_notice_only' (only in the published privacy notice), 'public_notice' (public information campaign), or 'not_informed'.
     */
    method?:
      | 'at_collection'
      | 'direct_notice'
      | 'first_communication'
      | 'privacy_notice_only'
      | 'public_notice'
      | 'not_informed';
    /**
     * 'at_collection', 'within_one_month' (of obtaining the data), 'at_first_communication', 'before_disclosure' (before passing it to someone else), 'later' (more than a month after obtaining it), or 'never'.
     */
    timing: 'at_collection' | 'within_one_month' | 'at_first_communication' | 'before_disclosure' | 'later' | 'never';
    reference?: Reference;
  };
  /**
   * If you do not tell people directly because an exemption applies (for example disproportionate effort): the exemption and the assessment behind it.
   */
  art14Exemption?: {
    /**
     * Whether you rely on an exemption.
     */
    claimed: boolean;
    /**
     * 'already_has_information', 'disproportionate_effort', 'required_by_law', or 'confidentiality'.
     */
    ground?: 'already_has_information' | 'disproportionate_effort' | 'required_by_law' | 'confidentiality';
    assessmentReference?: Reference;
    publicInformationUrl?: Url;
  };
  dueDiligence?: DueDiligence;
  /**
   * For the full or marked register and absent voter lists: the regulation under which you obtained it: 'rpr_103_elected_representative', 'rpr_104_donation_checks', 'rpr_105_local_party_nominee', 'rpr_106_registered_party', 'rpr_106_recognised_third_party', 'rpr_106_permitted_participant', 'rpr_108_candidate', 'marked_register_request' (Part 7), 'supplied_as_processor' (you hold it as a processor for an entitled person), or 'none'.
   */
  registerEntitlement?:
    | 'rpr_103_elected_representative'
    | 'rpr_104_donation_checks'
    | 'rpr_105_local_party_nominee'
    | 'rpr_106_registered_party'
    | 'rpr_106_recognised_third_party'
    | 'rpr_106_permitted_participant'
    | 'rpr_108_candidate'
    | 'marked_register_request'
    | 'supplied_as_processor'
    | 'none';
  /**
   * Everyone you pass data from this source to.
   *
   * @maxItems 100
   *
   * Items: One recipient of data from this source.
   */
  sharedWith?: {
    recipientId: Id;
    /**
     * Whether they receive it only to process it on your instructions (and give it back to no one else).
     */
    asProcessor?: boolean;
    purpose?: Text;
  }[];
  /**
   * Whether the source includes people under 18 (for example attainers on the register, or 14-15 year olds in Scotland).
   */
  includesUnder18s?: boolean;
  notes?: Text;
}
/**
 * The checks you made on a supplier or a source of data before using it.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "dueDiligence".
 */
export interface DueDiligence {
  /**
   * 'completed', 'partial' or 'not_done'.
   */
  status: 'completed' | 'partial' | 'not_done';
  date?: CalendarDate;
  reference?: Reference;
  /**
   * Whether you established where the supplier got the data and how it was collected.
   */
  sourceVerified?: boolean;
  /**
   * Whether the people in the data were told, when it was collected, that it would be used for political campaigning by organisations like yours.
   */
  peopleToldOfPoliticalUse?: boolean;
  /**
   * For lists used for emails, texts or recorded calls: whether the consent people gave names your organisation specifically (or a clearly described category that includes you, for political messages). Generic 'selected third parties' consent does not count.
   */
  consentNamesUs?: boolean;
  /**
   * Whether you checked a sample of the supplier's consent records (who consented, when, how, and to what wording).
   */
  consentEvidenceSampled?: boolean;
  /**
   * Whether the contract gives you written assurances about the lawfulness of the data and its collection.
   */
  contractualWarranties?: boolean;
  /**
   * Whether you checked the supplier's security measures (for processors: that they give sufficient guarantees).
   */
  securityAssessed?: boolean;
}
/**
 * One purpose for which you use personal data.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "processingActivity".
 */
export interface ProcessingActivity {
  id: Id;
  name: Name;
  /**
   * 'voter_contact' (persuasion and campaigning messages), 'get_out_the_vote', 'fundraising', 'membership', 'volunteer_management', 'canvassing', 'voter_modelling' (profiling and scoring), 'online_targeting', 'opinion_research', 'casework', 'donation_checks' (permissibility), 'electoral_registration', 'data_enrichment' (buying or appending data), 'data_supply' (supplying data to others), 'service_messages', or 'other'.
   */
  purposeType?:
    | 'voter_contact'
    | 'get_out_the_vote'
    | 'fundraising'
    | 'membership'
    | 'volunteer_management'
    | 'canvassing'
    | 'voter_modelling'
    | 'online_targeting'
    | 'opinion_research'
    | 'casework'
    | 'donation_checks'
    | 'electoral_registration'
    | 'data_enrichment'
    | 'data_supply'
    | 'service_messages'
    | 'other';
  description?: Text;
  dataCategoryIds?: IdList;
  dataSourceIds?: IdList;
  /**
   * The lawful basis for this purpose: 'consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task_democratic_engagement' (Art. 6(1)(e) with DPA 2018 s. 8(e)), 'public_task_other', 'legitimate_interests' (Art. 6(1)(f)), 'recognised_legitimate_interest' (Art. 6(1)(ea); name the Annex 1 condition), or 'none_identified' if you have not identified one.
   */
  lawfulBasis?:
    | 'consent'
    | 'contract'
    | 'legal_obligation'
    | 'vital_interests'
    | 'public_task_democratic_engagement'
    | 'public_task_other'
    | 'legitimate_interests'
    | 'recognised_legitimate_interest'
    | 'none_identified';
  /**
   * If the basis is 'recognised_legitimate_interest': the UK GDPR Annex 1 condition: 'public_task_request' (disclosure to someone who needs it for a public task), 'national_security_defence', 'emergency', 'crime', 'safeguarding', or 'democratic_engagement' (note: not an Annex 1 condition).
   */
  recognisedLegitimateInterest?:
    | 'public_task_request'
    | 'national_security_defence'
    | 'emergency'
    | 'crime'
    | 'safeguarding'
    | 'democratic_engagement';
  basisJustification?: Text;
  necessityNote?: Text;
  legitimateInterestsAssessment?: Assessment;
  /**
   * If the basis is consent: how it is asked for and recorded.
   */
  consentMechanism?: {
    /**
     * Whether people give consent by a clear positive action (ticking an empty box, replying YES).
     */
    affirmativeAction?: boolean;
    /**
     * Whether any consent box is ticked in advance.
     */
    preTickedBoxes?: boolean;
    /**
     * Whether consent is a condition of signing a petition, entering a competition or getting a service, or bundled with other terms.
     */
    bundledWithTerms?: boolean;
    /**
     * Whether withdrawing consent is as easy as giving it.
     */
    withdrawalAsEasy?: boolean;
    /**
     * Whether you keep records of who consented, when, how and to which wording.
     */
    recordsKept?: boolean;
  };
  /**
   * If this purpose uses special category data (including data revealing political opinions, such as voting intention or support scores): the extra condition you rely on.
   */
  specialCategory?: {
    /**
     * Whether this purpose uses special category data.
     */
    used: boolean;
    /**
     * 'explicit_consent' (9(2)(a)), 'not_for_profit_body' (9(2)(d): members, former members and regular contacts of a political body), 'manifestly_made_public' (9(2)(e)), 'substantial_public_interest' (9(2)(g), with a DPA 2018 Schedule 1 condition), 'legal_claims' (9(2)(f)), or 'none_identified'.
     */
    condition?:
      | 'explicit_consent'
      | 'not_for_profit_body'
      | 'manifestly_made_public'
      | 'substantial_public_interest'
      | 'legal_claims'
      | 'none_identified';
    /**
     * For 'substantial_public_interest': 'para_22_political_parties', 'para_23_elected_representatives', 'para_24_disclosure_to_elected_representatives', 'para_8_equality', or 'other'.
     */
    schedule1Condition?:
      | 'para_22_political_parties'
      | 'para_23_elected_representatives'
      | 'para_24_disclosure_to_elected_representatives'
      | 'para_8_equality'
      | 'other';
    /**
     * For Schedule 1 Part 2 conditions: the appropriate policy document (DPA 2018 Sch. 1 para. 5).
     */
    appropriatePolicyDocument?: {
      /**
       * Whether you have one.
       */
      exists: boolean;
      reference?: Reference;
      lastReviewed?: CalendarDate;
    };
    /**
     * For 'not_for_profit_body': whether the data is disclosed outside the organisation (for example uploaded to a platform) without consent.
     */
    disclosedOutsideBody?: boolean;
    /**
     * For 'not_for_profit_body': 'members_and_regular_contacts' or 'wider_public'.
     */
    peopleCovered?: 'members_and_regular_contacts' | 'wider_public';
  };
  dpia?: Assessment;
  /**
   * Whether the activity covers a large number of people (for example a national or constituency-wide voter file).
   */
  largeScale?: boolean;
  /**
   * Whether the activity matches or combines data from different sources.
   */
  combinesDatasets?: boolean;
}
/**
 * A documented assessment (for example a data protection impact assessment or a legitimate interests assessment).
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "assessment".
 */
export interface Assessment {
  /**
   * Whether the assessment was done: 'completed', 'in_progress', 'not_done', or 'not_required' (give the reason in notRequiredReason).
   */
  status: 'completed' | 'in_progress' | 'not_done' | 'not_required';
  reference?: Reference;
  date?: CalendarDate;
  /**
   * The result: 'low_risk', 'risks_mitigated' (risks found and reduced to an acceptable level), or 'high_residual_risk' (high risk remains after mitigation).
   */
  outcome?: 'low_risk' | 'risks_mitigated' | 'high_residual_risk';
  /**
   * For a DPIA with high residual risk: whether you consulted the Information Commissioner before starting the processing (UK GDPR Art. 36).
   */
  icoConsulted?: boolean;
  notRequiredReason?: Text;
}
/**
 * Whether you profile people: scoring, segmenting or predicting how they will vote, what issues they care about or whether they will turn out. Say 'used: false' if you do not.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "profiling".
 */
export interface Profiling {
  /**
   * Whether you profile or model voters.
   */
  used: boolean;
  /**
   * Each model, score or segmentation.
   *
   * @maxItems 200
   *
   * Items: One model, score or segmentation.
   */
  models?: {
    id: Id;
    name: Name;
    purpose?: Text;
    activityId?: Id;
    inputCategoryIds?: IdList;
    outputCategoryIds?: IdList;
    /**
     * Whether each input has been checked as necessary for the purpose (data minimisation).
     */
    featuresJustified?: boolean;
    /**
     * Whether the model's accuracy is tested and scores are corrected or refreshed.
     */
    accuracyReviewed?: boolean;
    supplierId?: Id;
    /**
     * Whether the model scores people under 16.
     */
    includesUnder16s?: boolean;
  }[];
}
/**
 * Decisions about people made solely by automated means (for example software that decides, without a person, who is excluded from contact or receives a particular message). Say 'used: false' if there are none.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "automatedDecisions".
 */
export interface AutomatedDecisions {
  /**
   * Whether any decision about individuals is made solely by automated means.
   */
  used: boolean;
  /**
   * Each kind of automated decision.
   *
   * @maxItems 100
   *
   * Items: One kind of automated decision.
   */
  decisions?: {
    id: Id;
    name: Name;
    description?: Text;
    /**
     * Whether the decision has a legal or similarly significant effect on people (for example excluding them from information about voting).
     */
    significantEffect?: boolean;
    /**
     * Whether the decision uses special category data (including political opinions).
     */
    usesSpecialCategory?: boolean;
    /**
     * 'explicit_consent', 'contract', 'authorised_by_law', or 'other'.
     */
    basis?: 'explicit_consent' | 'contract' | 'authorised_by_law' | 'other';
    /**
     * Safeguards in place: 'information' (people are told about the decision), 'representations' (they can make representations), 'human_intervention' (they can ask a person to intervene), 'contest' (they can contest it).
     *
     * @maxItems 4
     */
    safeguards?:
      | []
      | ['information' | 'representations' | 'human_intervention' | 'contest']
      | [
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest'
        ]
      | [
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest'
        ]
      | [
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest',
          'information' | 'representations' | 'human_intervention' | 'contest'
        ];
  }[];
}
/**
 * Your published privacy information, and what it covers. Answer each item true or false; leave out what you have not checked.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "privacyNotice".
 */
export interface PrivacyNotice {
  /**
   * Whether you publish a privacy notice.
   */
  published: boolean;
  url?: Url;
  lastReviewed?: CalendarDate;
  /**
   * How the notice describes where you get data: 'named_organisations' (names the organisations and types of source), 'source_types' (types only, such as 'the electoral register' or 'data brokers'), 'generic' (only 'third parties'), or 'not_stated'.
   */
  sourcesNamed?: 'named_organisations' | 'source_types' | 'generic' | 'not_stated';
  /**
   * Whether the notice explains each item.
   */
  covers?: {
    /**
     * Your identity and contact details.
     */
    identityAndContact?: boolean;
    /**
     * How to contact your data protection officer (if you have one).
     */
    dpoContact?: boolean;
    /**
     * Each purpose and its lawful basis.
     */
    purposesAndLawfulBasis?: boolean;
    /**
     * The legitimate interests relied on, where that is the basis.
     */
    legitimateInterests?: boolean;
    /**
     * The conditions relied on for special category data (such as political opinions).
     */
    specialCategoryConditions?: boolean;
    /**
     * That you use the electoral register, and combine it with other data.
     */
    electoralRegisterUse?: boolean;
    /**
     * That you profile or model voters, and what for.
     */
    profiling?: boolean;
    /**
     * That you share data with social media or advertising platforms (for example uploading contact lists to build audiences), naming them.
     */
    platformSharing?: boolean;
    /**
     * Who else receives the data.
     */
    recipients?: boolean;
    /**
     * Any transfer outside the UK and its safeguards.
     */
    transfers?: boolean;
    /**
     * How long data is kept.
     */
    retention?: boolean;
    /**
     * People's rights (access, rectification, erasure, restriction, portability).
     */
    rights?: boolean;
    /**
     * The right to object, including to direct marketing and related profiling, shown clearly and separately.
     */
    rightToObject?: boolean;
    /**
     * How to withdraw consent, where consent is relied on.
     */
    withdrawConsent?: boolean;
    /**
     * How to complain to you.
     */
    complaintToController?: boolean;
    /**
     * The right to complain to the Information Commissioner.
     */
    complaintToRegulator?: boolean;
    /**
     * Any automated decision-making and the logic involved.
     */
    automatedDecisions?: boolean;
  };
}
/**
 * One place or moment where people give you their details.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "collectionPoint".
 */
export interface CollectionPoint {
  id: Id;
  name: Name;
  /**
   * 'web_form', 'email_signup', 'doorstep', 'telephone', 'paper_form', 'petition', 'survey', 'competition', 'event', 'postal_vote_application', 'voter_registration_form', 'social_media', or 'app'.
   */
  type:
    | 'web_form'
    | 'email_signup'
    | 'doorstep'
    | 'telephone'
    | 'paper_form'
    | 'petition'
    | 'survey'
    | 'competition'
    | 'event'
    | 'postal_vote_application'
    | 'voter_registration_form'
    | 'social_media'
    | 'app';
  dataSourceId?: Id;
  /**
   * What people are told when they give their details.
   */
  privacyInformation?: {
    /**
     * Whether privacy information is given.
     */
    provided: boolean;
    /**
     * 'at_collection' or 'later'.
     */
    timing?: 'at_collection' | 'later';
    /**
     * 'link' (a link next to the form), 'printed_on_form', 'leaflet', 'card_with_link', 'verbal_script', or 'layered_notice'.
     */
    method?: 'link' | 'printed_on_form' | 'leaflet' | 'card_with_link' | 'verbal_script' | 'layered_notice';
    /**
     * Whether people are told their details will be used for campaigning (and by whom).
     */
    mentionsCampaignUse?: boolean;
    reference?: Reference;
  };
}
/**
 * One campaign of messages or contacts to individuals.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "communication".
 */
export interface Communication {
  id: Id;
  name: Name;
  /**
   * 'email', 'sms' (text messages), 'mms', 'messaging_app' (WhatsApp and similar), 'voicemail', 'live_call' (a person calls), 'automated_call' (recorded message), 'addressed_post' (letters addressed to a person), 'unaddressed_leaflet' ('to the occupier'), 'door_to_door', or 'social_media_message' (direct messages on a platform).
   */
  channel:
    | 'email'
    | 'sms'
    | 'mms'
    | 'messaging_app'
    | 'voicemail'
    | 'live_call'
    | 'automated_call'
    | 'addressed_post'
    | 'unaddressed_leaflet'
    | 'door_to_door'
    | 'social_media_message';
  /**
   * 'persuasion' (promoting the party, candidate or cause), 'get_out_the_vote', 'fundraising', 'volunteer_recruitment', 'membership', 'event_invitation', 'research' (genuine opinion research), or 'service_message' (purely administrative, with no campaigning content).
   */
  purpose?:
    | 'persuasion'
    | 'get_out_the_vote'
    | 'fundraising'
    | 'volunteer_recruitment'
    | 'membership'
    | 'event_invitation'
    | 'research'
    | 'service_message';
  activityId?: Id;
  /**
   * Whether you treat these messages as direct marketing (promoting aims or ideals, asking for votes, money or support, directed to particular people).
   */
  isDirectMarketing?: boolean;
  classificationReason?: Text;
  audienceSourceIds?: IdList;
  /**
   * 'individuals' (including sole traders and some partnerships), 'corporate_subscribers' (companies only), or 'mixed'.
   */
  recipients?: 'individuals' | 'corporate_subscribers' | 'mixed';
  /**
   * Roughly how many people it goes to.
   */
  estimatedRecipients?: number;
  /**
   * For electronic messages and recorded calls, the PECR permission you rely on: 'consent', 'soft_opt_in', 'charity_soft_opt_in', 'legitimate_interests', 'public_task', 'existing_relationship', or 'none'. For live calls, post and doorstep leave it out or use the lawful basis.
   */
  marketingBasis?:
    | 'consent'
    | 'soft_opt_in'
    | 'charity_soft_opt_in'
    | 'legitimate_interests'
    | 'public_task'
    | 'existing_relationship'
    | 'none';
  /**
   * The consent that covers these messages.
   */
  consent?: {
    /**
     * Whether every recipient consented to receive this kind of message from you.
     */
    obtained?: boolean;
    /**
     * Whether the consent names your organisation (not just 'selected third parties' or 'partners').
     */
    namesSender?: boolean;
    /**
     * Whether the consent was given for this channel (for example texts, not only emails).
     */
    coversChannel?: boolean;
    /**
     * Whether you hold evidence of each consent: who, when, how, and what they were told.
     */
    evidenceHeld?: boolean;
    obtainedOn?: CalendarDate;
    reference?: Reference;
  };
  /**
   * For live calls: screening against the Telephone Preference Service and Corporate TPS.
   */
  tpsScreening?: {
    /**
     * Whether numbers are screened against TPS/CTPS.
     */
    done: boolean;
    /**
     * How many days before calling the list was last screened (at most 28).
     */
    maxAgeDays?: number;
  };
  /**
   * For calls: whether you keep and screen against your own list of people who asked you not to call.
   */
  doNotCallList?: boolean;
  /**
   * For calls: 'presented' (your number, or one people can call back, is shown) or 'withheld'.
   */
  callingLineIdentity?: 'presented' | 'withheld';
  /**
   * For calls: whether the call gives your name, and for recorded calls also an address or free phone number (for live calls, when asked).
   */
  callerIdentified?: boolean;
  /**
   * For electronic messages: whether each message clearly says who it is from (on whose behalf it is sent).
   */
  senderIdentified?: boolean;
  /**
   * How recipients can stop further messages.
   */
  optOut?: {
    /**
     * Whether every message includes a valid, working way to opt out.
     */
    included: boolean;
    /**
     * 'unsubscribe_link', 'reply_stop', 'free_phone', 'email_address', or 'postal_address'.
     */
    method?: 'unsubscribe_link' | 'reply_stop' | 'free_phone' | 'email_address' | 'postal_address';
    /**
     * Whether opting out costs nothing beyond the cost of sending the request.
     */
    freeOfCharge?: boolean;
  };
  /**
   * Whether the first message tells people, clearly and separately, that they can object to direct marketing.
   */
  rightToObjectAtFirstContact?: boolean;
  /**
   * Whether the list is screened against your suppression list (people who objected or unsubscribed) before each send.
   */
  suppressionApplied?: boolean;
  /**
   * 'us', 'agency' (a supplier sends on your behalf), 'local_unit', 'candidate', 'volunteer_personal_device' (volunteers send from their own phones or accounts), 'peer_to_peer_tool' (a texting app used by volunteers), or 'refer_a_friend' (supporters forward your message to their contacts).
   */
  sentBy?:
    'us' | 'agency' | 'local_unit' | 'candidate' | 'volunteer_personal_device' | 'peer_to_peer_tool' | 'refer_a_friend';
  /**
   * Where others send for you: whether they may only use your approved, screened contact lists and content.
   */
  sendersControlled?: boolean;
  /**
   * For research or service messages: whether they also promote the campaign, ask for support or money.
   */
  containsCampaigningContent?: boolean;
  /**
   * For research: whether individual answers are used to target those people with campaign messages.
   */
  resultsUsedForTargeting?: boolean;
  /**
   * For addressed post: whether this is the single free election address a parliamentary candidate may send (RPA 1983 s. 91).
   */
  isElectionAddress?: boolean;
  startDate?: CalendarDate;
  endDate?: CalendarDate;
}
/**
 * How you record and apply objections to direct marketing and unsubscribes.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "suppression".
 */
export interface Suppression {
  /**
   * Whether you keep one central suppression list.
   */
  centralList: boolean;
  /**
   * Whether every send, by every channel and unit, is screened against it.
   */
  appliedBeforeEverySend?: boolean;
  /**
   * Whether the list reaches every local unit, candidate and supplier that contacts people.
   */
  sharedAcrossUnits?: boolean;
  /**
   * How many days it takes for an objection to reach the list.
   */
  updatedWithinDays?: number;
  /**
   * Each change of email provider, CRM or other system since the data was collected.
   *
   * @maxItems 100
   *
   * Items: One change of system.
   */
  systemChanges?: {
    name: Name;
    date?: CalendarDate;
    /**
     * Whether the suppression list and unsubscribes were carried over.
     */
    suppressionMigrated?: boolean;
    /**
     * Whether consent records were carried over.
     */
    consentRecordsMigrated?: boolean;
  }[];
}
/**
 * One use of a platform's targeting tools.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "onlineTargeting".
 */
export interface OnlineTargeting {
  id: Id;
  name: Name;
  platform?: Name;
  /**
   * 'custom_list_upload' (uploading emails, phone numbers or other identifiers, even hashed), 'lookalike' (audiences similar to an uploaded list), 'interest_segments', 'demographic', 'geographic', or 'retargeting' (people who visited your website, using a pixel).
   */
  method: 'custom_list_upload' | 'lookalike' | 'interest_segments' | 'demographic' | 'geographic' | 'retargeting';
  activityId?: Id;
  sourceIds?: IdList;
  /**
   * The criteria used to pick people: 'age', 'gender', 'location', 'language', 'interests', 'political_interest', 'religion', 'ethnicity', 'health', 'sexual_orientation', 'trade_union', or 'other'.
   *
   * @maxItems 20
   */
  criteria?:
    | []
    | [
        | 'age'
        | 'gender'
        | 'location'
        | 'language'
        | 'interests'
        | 'political_interest'
        | 'religion'
        | 'ethnicity'
        | 'health'
        | 'sexual_orientation'
        | 'trade_union'
        | 'other'
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ]
    | [
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        ),
        (
          | 'age'
          | 'gender'
          | 'location'
          | 'language'
          | 'interests'
          | 'political_interest'
          | 'religion'
          | 'ethnicity'
          | 'health'
          | 'sexual_orientation'
          | 'trade_union'
          | 'other'
        )
      ];
  /**
   * Whether the targeting uses special category data, collected or inferred (including political opinions, religion, ethnicity, health).
   */
  usesSpecialCategory?: boolean;
  /**
   * Whether everyone targeted on special category data gave explicit consent to it.
   */
  explicitConsent?: boolean;
  /**
   * The arrangement with the platform setting out responsibilities (UK GDPR Art. 26), for example the platform's controller addendum.
   */
  jointControllerArrangement?: {
    /**
     * Whether such an arrangement is in place.
     */
    inPlace: boolean;
    reference?: Reference;
  };
  /**
   * For uploads and lookalikes: whether people who objected or unsubscribed are removed before upload.
   */
  suppressionApplied?: boolean;
  /**
   * The youngest age the targeting reaches.
   */
  minimumAge?: number;
}
/**
 * One social media page or account.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "socialMediaAccount".
 */
export interface SocialMediaAccount {
  id: Id;
  platform: Name;
  /**
   * The page name or handle.
   */
  handle?: string;
  /**
   * Whether the page links to your privacy information.
   */
  privacyInformationLinked?: boolean;
  /**
   * Whether you use the platform's statistics about visitors to the page (which can make you a joint controller with the platform).
   */
  pageInsightsUsed?: boolean;
  /**
   * Whether you record who liked, commented on or followed the page.
   */
  engagementDataCollected?: boolean;
}
/**
 * One website or app.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "webProperty".
 */
export interface WebProperty {
  id: Id;
  url: Url;
  /**
   * Each cookie, pixel, SDK or similar tracker. Use [] if there are none.
   *
   * @maxItems 200
   *
   * Items: One tracker.
   */
  trackers?: {
    name: Name;
    /**
     * 'advertising' (including platform pixels and retargeting), 'social_plugin', 'analytics', 'functional' (remembering preferences), or 'strictly_necessary' (for example security or a shopping basket).
     */
    purpose: 'advertising' | 'social_plugin' | 'analytics' | 'functional' | 'strictly_necessary';
    provider?: Name;
  }[];
  /**
   * How visitors are asked for consent to cookies and trackers.
   */
  consentMechanism?: {
    /**
     * Whether visitors are asked for consent before non-essential trackers are used.
     */
    present: boolean;
    /**
     * Whether any non-essential tracker runs before the visitor consents.
     */
    trackersFireBeforeConsent?: boolean;
    /**
     * Whether refusing is as easy as accepting.
     */
    rejectAsEasyAsAccept?: boolean;
  };
  /**
   * Whether the site or app offers sign-up or accounts that children are likely to use.
   */
  offersAccountsToUnder18s?: boolean;
}
/**
 * One piece or series of electronic campaign material.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "electronicMaterial".
 */
export interface ElectronicMaterial {
  id: Id;
  name: Name;
  /**
   * 'social_media_post', 'paid_advert', 'video', 'website', 'email_newsletter', 'messaging_app', 'mms', 'sms', 'telephone_call', or 'other'.
   */
  medium?:
    | 'social_media_post'
    | 'paid_advert'
    | 'video'
    | 'website'
    | 'email_newsletter'
    | 'messaging_app'
    | 'mms'
    | 'sms'
    | 'telephone_call'
    | 'other';
  platform?: Name;
  /**
   * Whether you or someone on your behalf paid for it to be published as an advertisement (boosted posts count).
   */
  paid?: boolean;
  /**
   * 'election' (to influence support for a party, candidate or office-holder, or electoral success), 'referendum', 'recall_petition', or 'not_political'.
   */
  politicalPurpose?: 'election' | 'referendum' | 'recall_petition' | 'not_political';
  /**
   * Whether it republishes someone else's material without material change.
   */
  isRepublication?: boolean;
  /**
   * The imprint: name and address of the promoter and of anyone on whose behalf it is published.
   */
  imprint?: {
    /**
     * Whether the material carries an imprint.
     */
    included: boolean;
    promoterName?: Name;
    promoterAddress?: Text;
    onBehalfOfName?: Name;
    onBehalfOfAddress?: Text;
    /**
     * 'in_material' or 'accessible_location' (for example the profile or bio, only where it is not reasonably practicable to include it in the material).
     */
    location?: 'in_material' | 'accessible_location';
  };
}
/**
 * How canvassing is done. Say 'used: false' if you do not canvass.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "canvassing".
 */
export interface Canvassing {
  /**
   * Whether you canvass on the doorstep or by phone.
   */
  used: boolean;
  /**
   * 'doorstep', 'telephone'.
   *
   * @maxItems 2
   */
  methods?: [] | ['doorstep' | 'telephone'] | ['doorstep' | 'telephone', 'doorstep' | 'telephone'];
  /**
   * Whether canvassers record how people say they will vote or whom they support.
   */
  recordsVotingIntention?: boolean;
  /**
   * How people are given privacy information at the door or on the phone: 'leaflet', 'card_with_link', 'verbal_script', or 'none'.
   */
  privacyInformationMethod?: 'leaflet' | 'card_with_link' | 'verbal_script' | 'none';
  /**
   * 'app' (a canvassing app), 'paper', or 'both'.
   */
  tool?: 'app' | 'paper' | 'both';
  appVendorId?: Id;
  /**
   * Whether free-text notes are discouraged or limited to what is needed.
   */
  freeTextMinimised?: boolean;
  /**
   * Whether canvassers record opinions or details of people other than the person spoken to.
   */
  recordsOtherHouseholdMembers?: boolean;
  /**
   * Whether canvassers are trained in data protection before they start.
   */
  volunteersTrained?: boolean;
  /**
   * Whether paper canvass sheets are collected, kept securely and destroyed after entry.
   */
  paperReturnsSecured?: boolean;
}
/**
 * One supplier.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "vendor".
 */
export interface Vendor {
  id: Id;
  name: Name;
  /**
   * 'crm_or_voter_database', 'canvassing_app', 'email_service', 'sms_gateway', 'call_centre', 'printing_and_mailing', 'data_broker', 'analytics_or_modelling', 'ad_tech', 'social_media_platform', 'cloud_hosting', 'peer_to_peer_messaging', or 'other'.
   */
  service?:
    | 'crm_or_voter_database'
    | 'canvassing_app'
    | 'email_service'
    | 'sms_gateway'
    | 'call_centre'
    | 'printing_and_mailing'
    | 'data_broker'
    | 'analytics_or_modelling'
    | 'ad_tech'
    | 'social_media_platform'
    | 'cloud_hosting'
    | 'peer_to_peer_messaging'
    | 'other';
  /**
   * 'processor' (acts only on your instructions), 'sub_processor', 'controller' (uses the data for its own purposes, such as a broker or platform), or 'joint_controller'.
   */
  role?: 'processor' | 'sub_processor' | 'controller' | 'joint_controller';
  /**
   * Whether the supplier also uses the data for its own purposes (for example to enrich its own database or train its models).
   */
  usesDataForOwnPurposes?: boolean;
  /**
   * The written contract or arrangement with the supplier.
   */
  contract?: {
    /**
     * 'processor_contract' (with the UK GDPR Art. 28 terms), 'joint_controller_arrangement', 'data_sharing_agreement', 'terms_of_service_only', or 'none'.
     */
    type:
      | 'processor_contract'
      | 'joint_controller_arrangement'
      | 'data_sharing_agreement'
      | 'terms_of_service_only'
      | 'none';
    reference?: Reference;
    date?: CalendarDate;
    /**
     * For processors: whether it includes all the required terms (instructions, confidentiality, security, sub-processors, assistance, deletion or return, audits).
     */
    coversArticle28Terms?: boolean;
  };
  country?: CountryCode;
  /**
   * Countries where the data is stored or accessed, as two-letter codes.
   *
   * @maxItems 50
   */
  dataLocations?: CountryCode[];
  /**
   * If data leaves the UK: 'uk_adequacy' (UK adequacy regulations, also called a data bridge), 'idta' (International Data Transfer Agreement), 'uk_addendum' (UK Addendum to the EU standard contractual clauses), 'binding_corporate_rules', 'derogation' (Art. 49), 'none', or 'not_applicable' (no transfer).
   */
  transferMechanism?:
    'uk_adequacy' | 'idta' | 'uk_addendum' | 'binding_corporate_rules' | 'derogation' | 'none' | 'not_applicable';
  dueDiligence?: DueDiligence;
  /**
   * Whether the supplier receives the full electoral register or marked register.
   */
  receivesElectoralRegister?: boolean;
  /**
   * Whether the supplier's app uploads contacts from volunteers' phones or address books.
   */
  accessesVolunteerContacts?: boolean;
}
/**
 * One supply of personal data to a campaign or for political use.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "disclosure".
 */
export interface Disclosure {
  id: Id;
  recipient: Name;
  /**
   * 'political_party', 'candidate', 'campaign', 'data_broker', or 'other'.
   */
  recipientType?: 'political_party' | 'candidate' | 'campaign' | 'data_broker' | 'other';
  /**
   * Whether the data will be used for political campaigning or profiling.
   */
  forPoliticalUse?: boolean;
  dataCategoryIds?: IdList;
  /**
   * Whether the people in the data were told that it may be supplied for political use.
   */
  peopleToldOfPoliticalUse?: boolean;
  /**
   * Your lawful basis for supplying it.
   */
  lawfulBasis?:
    | 'consent'
    | 'contract'
    | 'legal_obligation'
    | 'vital_interests'
    | 'public_task_other'
    | 'legitimate_interests'
    | 'none';
  /**
   * Roughly how many records.
   */
  estimatedRecords?: number;
}
/**
 * How you handle requests from the people in your data.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "rights".
 */
export interface Rights {
  /**
   * Requests for a copy of someone's data.
   */
  subjectAccess?: {
    /**
     * Whether a documented process exists.
     */
    inPlace: boolean;
    responseDays?: Days;
    /**
     * Whether answers include inferred data such as support scores, predicted voting intention and segments, with sources and recipients.
     */
    includesInferredData?: boolean;
    /**
     * Whether answers say where the data came from and who received it.
     */
    includesSourcesAndRecipients?: boolean;
    /**
     * Whether you have planned for a surge of requests around polling day.
     */
    surgePlan?: boolean;
    reference?: Reference;
  };
  /**
   * Requests to stop direct marketing (an absolute right).
   */
  objection?: {
    /**
     * Whether a documented process exists.
     */
    inPlace: boolean;
    responseDays?: Days;
    /**
     * Everything an objection stops: 'all_channels', 'profiling' (scoring and modelling for marketing), 'online_audiences' (list uploads), 'local_units' (local parties and candidates), 'suppliers'.
     *
     * @maxItems 5
     */
    appliesTo?:
      | []
      | ['all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers']
      | [
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers'
        ]
      | [
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers'
        ]
      | [
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers'
        ]
      | [
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers',
          'all_channels' | 'profiling' | 'online_audiences' | 'local_units' | 'suppliers'
        ];
    reference?: Reference;
  };
  rectification?: RightsProcess;
  erasure?: RightsProcess;
  restriction?: RightsProcess;
  stopNotices?: RightsProcess;
  /**
   * How people can complain to you about your use of their data (DPA 2018 s. 164A).
   */
  complaints?: {
    /**
     * Whether a complaints process exists.
     */
    inPlace: boolean;
    /**
     * 'online_form', 'email', 'post', 'phone'.
     *
     * @maxItems 4
     */
    channels?:
      | []
      | ['online_form' | 'email' | 'post' | 'phone']
      | ['online_form' | 'email' | 'post' | 'phone', 'online_form' | 'email' | 'post' | 'phone']
      | [
          'online_form' | 'email' | 'post' | 'phone',
          'online_form' | 'email' | 'post' | 'phone',
          'online_form' | 'email' | 'post' | 'phone'
        ]
      | [
          'online_form' | 'email' | 'post' | 'phone',
          'online_form' | 'email' | 'post' | 'phone',
          'online_form' | 'email' | 'post' | 'phone',
          'online_form' | 'email' | 'post' | 'phone'
        ];
    acknowledgeDays?: Days;
    reference?: Reference;
  };
}
/**
 * A documented process for handling a kind of request.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "rightsProcess".
 */
export interface RightsProcess {
  /**
   * Whether a documented process exists.
   */
  inPlace: boolean;
  responseDays?: Days;
  reference?: Reference;
}
/**
 * Records, policies, training and the data protection officer.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "governance".
 */
export interface Governance {
  /**
   * Your record of processing activities.
   */
  recordsOfProcessing?: {
    /**
     * Whether you keep a record of processing activities.
     */
    maintained: boolean;
    reference?: Reference;
    lastReviewed?: CalendarDate;
    /**
     * Whether the record names, for special category data, the Schedule 1 condition, the lawful basis, and whether data is kept and erased as the policy says (DPA 2018 Sch. 1 para. 41).
     */
    recordsSchedule1Conditions?: boolean;
  };
  /**
   * Your data protection officer, or why you do not need one.
   */
  dpo?: {
    /**
     * 'appointed' or 'not_required' (give the reason).
     */
    status: 'appointed' | 'not_required';
    name?: Name;
    /**
     * Whether the DPO's contact details are published and given to the Commissioner.
     */
    contactPublished?: boolean;
    notRequiredReason?: Text;
  };
  /**
   * Your written data protection policies.
   */
  policies?: {
    /**
     * Whether written data protection policies are adopted.
     */
    adopted: boolean;
    /**
     * Whether staff, volunteers and candidates confirm they have read the key policies.
     */
    acknowledgedByStaffAndVolunteers?: boolean;
    reference?: Reference;
  };
  /**
   * Data protection training.
   */
  training?: {
    /**
     * Whether training is provided.
     */
    provided: boolean;
    /**
     * Whether it must be completed before handling personal data.
     */
    mandatory?: boolean;
    /**
     * Whether volunteers are trained too.
     */
    coversVolunteers?: boolean;
    /**
     * Whether candidates and agents are trained.
     */
    coversCandidatesAndAgents?: boolean;
    /**
     * How often training is repeated.
     */
    refreshMonths?: number;
  };
  /**
   * How systems are set up to protect data by default.
   */
  privacyByDesign?: {
    /**
     * Whether forms, apps and the CRM collect only the fields needed, by default.
     */
    minimalDefaultFields?: boolean;
    /**
     * Whether access to special category fields (voting intention, support scores) is restricted to those who need it.
     */
    specialCategoryAccessRestricted?: boolean;
  };
}
/**
 * How personal data is kept secure across the campaign, including volunteers and local units.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "security".
 */
export interface Security {
  /**
   * Whether every account with access to voter data uses multi-factor authentication.
   */
  multiFactorAuthentication?: boolean;
  /**
   * Whether stored data (databases, backups) is encrypted.
   */
  encryptionAtRest?: boolean;
  /**
   * Whether laptops and phones holding data (including volunteers') are encrypted.
   */
  deviceEncryption?: boolean;
  /**
   * Whether downloads and spreadsheet exports are restricted, logged and encrypted.
   */
  exportsControlled?: boolean;
  /**
   * Whether people see only the data their role needs (for example volunteers see only their walk list).
   */
  roleBasedAccess?: boolean;
  /**
   * Whether access is removed when volunteers and staff leave or the campaign ends.
   */
  accessRemovedPromptly?: boolean;
  /**
   * Whether there is a policy for volunteers using their own phones and computers.
   */
  volunteerDevicePolicy?: boolean;
  /**
   * How personal data breaches are handled.
   */
  breachProcedure?: {
    /**
     * Whether a breach procedure is written down.
     */
    documented: boolean;
    /**
     * Whether all breaches are recorded, including those not reported.
     */
    breachLog?: boolean;
    /**
     * Whether the procedure reports notifiable breaches to the Commissioner within 72 hours.
     */
    reportWithin72Hours?: boolean;
    /**
     * Whether the procedure tells people when a breach is likely to put them at high risk.
     */
    informIndividuals?: boolean;
  };
  /**
   * Whether paper and devices are disposed of securely (shredding, certified wiping).
   */
  secureDisposal?: boolean;
}
/**
 * How long one dataset is kept.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "retentionEntry".
 */
export interface RetentionEntry {
  id: Id;
  dataset: Name;
  /**
   * 'voter_file', 'membership', 'supporters', 'consent_records', 'suppression_list', 'electoral_register_copy', 'marked_register_copy', 'canvass_returns', 'casework', 'donations', 'online_audiences', 'volunteers', or 'other'.
   */
  datasetType?:
    | 'voter_file'
    | 'membership'
    | 'supporters'
    | 'consent_records'
    | 'suppression_list'
    | 'electoral_register_copy'
    | 'marked_register_copy'
    | 'canvass_returns'
    | 'casework'
    | 'donations'
    | 'online_audiences'
    | 'volunteers'
    | 'other';
  dataSourceIds?: IdList;
  period?: RetentionPeriod;
  /**
   * What starts the retention period: 'collection', 'polling_day', 'campaign_end', 'last_contact', 'membership_end', 'case_closed', 'consent_withdrawn', 'last_use' (the last time the data or consent is relied on), or 'no_longer_needed_for_electoral_purposes'.
   */
  startsFrom?:
    | 'collection'
    | 'polling_day'
    | 'campaign_end'
    | 'last_contact'
    | 'membership_end'
    | 'case_closed'
    | 'consent_withdrawn'
    | 'last_use'
    | 'no_longer_needed_for_electoral_purposes';
  /**
   * Whether the dataset is kept with no end date.
   */
  indefinite?: boolean;
  justification?: Text;
  /**
   * 'secure_deletion', 'anonymisation', 'return_to_controller', or 'not_defined'.
   */
  disposal?: 'secure_deletion' | 'anonymisation' | 'return_to_controller' | 'not_defined';
}
/**
 * How long, for example { amount: 6, unit: months }.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "retentionPeriod".
 */
export interface RetentionPeriod {
  /**
   * A whole number.
   */
  amount: number;
  /**
   * 'days', 'weeks', 'months' or 'years'.
   */
  unit: 'days' | 'weeks' | 'months' | 'years';
}
/**
 * What happens to the data when the campaign ends.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "postCampaign".
 */
export interface PostCampaign {
  /**
   * Whether you will review all campaign data after polling day.
   */
  reviewPlanned?: boolean;
  reviewDate?: CalendarDate;
  /**
   * Whether the review has been done.
   */
  reviewCompleted?: boolean;
  /**
   * 'none' (deleted after the campaign), 'future_campaigns_same_organisation' (kept for later campaigns of the same kind), 'different_campaign_type' (for example referendum data used for an election), or 'successor_organisation' (passed to another organisation).
   */
  reuse?: 'none' | 'future_campaigns_same_organisation' | 'different_campaign_type' | 'successor_organisation';
  reuseJustification?: Text;
  /**
   * Whether there is a plan for securely deleting data that is not kept.
   */
  disposalPlan?: boolean;
  /**
   * Whether the organisation will be wound up after the campaign.
   */
  organisationDisbanding?: boolean;
  /**
   * What happens to the data when the organisation winds up.
   */
  disbandingPlan?: {
    /**
     * Whether all data will be securely destroyed.
     */
    secureDestruction?: boolean;
    /**
     * Whether a third party will check or audit the destruction.
     */
    independentCheck?: boolean;
  };
}
/**
 * For elected representatives: how constituents' casework is kept apart from campaigning. Say 'handled: false' if you handle no casework.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "casework".
 */
export interface Casework {
  /**
   * Whether you handle casework for constituents.
   */
  handled: boolean;
  /**
   * Whether casework data is held apart from campaign data, with separate access.
   */
  keptSeparate?: boolean;
  /**
   * Whether casework data is ever used for campaigning (for example added to the voter file or contacted with campaign messages).
   */
  usedForCampaigning?: boolean;
  /**
   * Whether constituents consented to campaign use of their details.
   */
  consentForCampaigning?: boolean;
  /**
   * Whether casework continues during a dissolution of Parliament or the Assembly.
   */
  usedDuringDissolution?: boolean;
}
/**
 * Data about people under 18.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "children".
 */
export interface Children {
  /**
   * Whether your data includes people under 18 (for example attainers on the register, young members).
   */
  under18sInData?: boolean;
  /**
   * Whether you target or profile people under 18 who cannot vote at this election.
   */
  under18sTargeted?: boolean;
  /**
   * Whether sign-ups check age, and under-13s need a parent's consent for online services.
   */
  ageChecks?: boolean;
}
/**
 * One accepted exception to a rule.
 *
 * This interface was referenced by `Declaration`'s JSON-Schema
 * via the `definition` "waiver".
 */
export interface Waiver {
  /**
   * The rule identifier, for example PECR-01.
   */
  ruleId: string;
  /**
   * The item it covers, as 'collection/id' (for example 'communications/spring-sms'). Leave out to cover the whole rule.
   */
  subject?: string;
  justification: Text;
  /**
   * Who approved the exception.
   */
  approvedBy: {
    name: Name;
    role: Name;
  };
  approvedOn?: CalendarDate;
  expires: CalendarDate;
  reference?: Reference;
}
