package org.entente.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Entente ontology, one constant per term. This is the only place in the
 * code base that spells the ontology's IRIs; the ontology itself is {@code entente.ttl}
 * beside this class, and a test checks that the two agree term by term.
 */
public final class ENT {
    private ENT() {}

    /** The namespace of every term: {@value}. */
    public static final String NS = "https://w3id.org/entente/ontology#";

    /** The preferred prefix of the namespace: {@value}. */
    public static final String PREFIX = "ent";

    /** The IRI of the ontology itself: {@value}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/entente/ontology";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    /** The ontology as a resource. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
    // ---- Classes ----
    /** Anyone who can take part in an event as an agent: a state, an international organisation, a person, or a group that a source names collectively. */
    public static final Resource Actor = resource("Actor");

    /** A part of the Earth's surface that events can happen at or be directed to: the territory of a state, a region, a body of water, a border area or a settlement. */
    public static final Resource Place = resource("Place");

    /** A country or territory with its own code, today or in the past: a sovereign state, a dependent territory, an integral part of a state with an ISO code of its own, or a former state. It is both a political actor and a place (its territory). Its periods of existence are ent:StatePeriod nodes, its land borders ent:LandBorder nodes, and its political status today is ent:politicalStatus. */
    public static final Resource State = resource("State");

    /** A state that is independent and acts in its own name in international relations: it conducts its own foreign and defence policy and can join alliances and become party to treaties. In this graph, exactly the states whose political status today is member state or observer state of the United Nations, or state with limited recognition (ent:politicalStatus, from a sourced table). */
    public static final Resource SovereignState = resource("SovereignState");

    /** A territory with its own ISO 3166-1 code that is not independent and is not part of the state that conducts its foreign relations and defence (ent:administeredBy), or that the UN lists as a non-self-governing territory: a British Overseas Territory, a territory of the United States, New Caledonia. A part of a state under the state's own law is an ent:IntegralPart instead. */
    public static final Resource DependentTerritory = resource("DependentTerritory");

    /** An organisation whose members are states, established by a treaty or charter between them. */
    public static final Resource InternationalOrganisation = resource("InternationalOrganisation");

    /** An international organisation founded for the collective defence of its members: the treaty it rests on obliges the members to assist one another against an armed attack, such as NATO (North Atlantic Treaty, Article 5) or the CSTO (Collective Security Treaty, Article 4). Other organisations may also oblige their members to mutual assistance without being founded for it (see ent:PoliticalEconomicUnion); the two classes are not disjoint. */
    public static final Resource MilitaryAlliance = resource("MilitaryAlliance");

    /** An international organisation whose members pool sovereignty in political and economic matters, such as the European Union. Such a union may also oblige its members to defend one another: the Treaty on European Union's Article 42(7) obliges EU members to aid and assist a member that is the victim of armed aggression. The EU is not classed here as a military alliance because collective defence is not what it was founded for; nothing in this ontology says that a union cannot also be an alliance. */
    public static final Resource PoliticalEconomicUnion = resource("PoliticalEconomicUnion");

    /** An individual human being named by a source, such as a head of state. */
    public static final Resource Person = resource("Person");

    /** A set of actors that a source names collectively without enumerating it, such as 'the West' or 'Western officials'. It is not an organisation: it has no members by treaty. */
    public static final Resource ActorGroup = resource("ActorGroup");

    /** A named part of the world that groups states, such as a continent or a subregion of a geoscheme. */
    public static final Resource Region = resource("Region");

    /** A sea, ocean or other body of water, such as the Black Sea. */
    public static final Resource BodyOfWater = resource("BodyOfWater");

    /** The area along a border or a front line, inside the state it is part of, such as the front lines of Ukraine facing Russia. */
    public static final Resource BorderArea = resource("BorderArea");

    /** A city or town, such as the place where a treaty was signed. */
    public static final Resource Settlement = resource("Settlement");

    /** One period during which a state was a member of an international organisation: an n-ary relation between the member, the organisation, a start date and (if it ended) an end date, with the source that records it. A state that left and rejoined has two memberships. It is modelled like a Wikidata statement of P463 (member of) with its qualifiers, and maps to one term by term: the member is the item that links to the statement with p:P463, ent:organisation corresponds to ps:P463, and ent:startDate and ent:endDate to the qualifiers pq:P580 (start time) and pq:P582 (end time). The correspondence is stated with rdfs:seeAlso only, not with subproperty axioms: a membership node is not a Wikidata statement (it has no rank or references in Wikidata's sense), and its dates are whole days (xsd:date, the last day inclusive), where Wikidata's qualifiers are xsd:dateTime values with a precision. */
    public static final Resource Membership = resource("Membership");

    /** A written agreement between states under international law, such as the North Atlantic Treaty: an instrument that binds its parties. */
    public static final Resource Treaty = resource("Treaty");

    /** A state's (or an organisation's) relation to an instrument: an n-ary relation between the party, the instrument, how it came to it (ent:participationMode), the date it signed (if it did), the first day as a party (ent:startDate) and the last (ent:endDate), notice of withdrawal, suspension, and the source. A signatory that never became a party, or an accession whose effective day is not known, has no start date and counts as a party on no day. */
    public static final Resource TreatyParticipation = resource("TreatyParticipation");

    /** A numbered article of a treaty, such as Article 5 of the North Atlantic Treaty on collective defence. */
    public static final Resource TreatyArticle = resource("TreatyArticle");

    /** A kind of provision that a treaty article makes; one of a closed list of named individuals. */
    public static final Resource ProvisionType = resource("ProvisionType");

    /** A text from which statements in the graph were taken, kept in full so that every statement can point to the passage that supports it. */
    public static final Resource SourceDocument = resource("SourceDocument");

    /** An article published by a news outlet. */
    public static final Resource NewsArticle = resource("NewsArticle");

    /** A news article that argues its author's view. The events it reports are recorded as reported events; its assessments, predictions and proposals are recorded as claims, never as facts about the world. */
    public static final Resource OpinionArticle = resource("OpinionArticle");

    /** An exact passage of a source document, identified both by its text with some context (an oa:TextQuoteSelector) and by its start and end offsets (an oa:TextPositionSelector), as the W3C Web Annotation model does. */
    public static final Resource Quote = resource("Quote");

    /** Anything that the graph holds only because a source document says so: a reported event, a reported state of affairs, or a claim. It points to its source and to the passages that support it. */
    public static final Resource SourcedItem = resource("SourcedItem");

    /** How far an item taken from a source has been checked by a person; one of a closed list of named individuals. */
    public static final Resource ReviewStatus = resource("ReviewStatus");

    /** Software extracted the item from the text and no person has checked it yet: it may be wrong, and named queries leave it out unless asked for drafts. */
    public static final Resource Drafted = resource("Drafted");

    /** A person has checked the item against the text: curated by hand, or a draft that was corrected and accepted. */
    public static final Resource Reviewed = resource("Reviewed");

    /** A run of an extractor over the text of a source document that drafted facts from it. */
    public static final Resource Extraction = resource("Extraction");

    /** Whether a person has checked this item against its source (reviewed) or it is still a draft (drafted). */
    public static final Property reviewStatus = property("reviewStatus");

    /** How sure the extractor that drafted the item was of it, from 0 to 1. */
    public static final Property confidence = property("confidence");

    /** The name and version of the software that carried out the activity, such as 'entente-extractor 0.1'. */
    public static final Property software = property("software");

    /** Something that happened, is happening, or is planned, offered or announced, as a source reports it, with the actors taking part, the places and the time the source gives. Every event is either an action event or a speech act. */
    public static final Resource Event = resource("Event");

    /** An event in which actors do something material: deploy, withdraw or transfer military assets, raise readiness, hold exercises, evacuate people or negotiate. A source may report it as anything from considered to carried out, so it has the modality the source gives it: a commitment, a progress or a force posture (at least one of the three). */
    public static final Resource ActionEvent = resource("ActionEvent");

    /** A sender moves or sends military assets (troops, aircraft, ships) to a destination, where they stay under its command. Handing equipment over to another actor is an arms transfer. */
    public static final Resource Deployment = resource("Deployment");

    /** An actor pulls its forces or military assets out of a place (the facts format calls it Withdrawal). It is not a party's withdrawal from a treaty, which is the provision ent:Withdrawal. */
    public static final Resource MilitaryWithdrawal = resource("MilitaryWithdrawal");

    /** A supplier gives, sells or lends military aid in kind to a recipient: weapons, ammunition or other military equipment that passes into the recipient's hands. Sending one's own forces is a deployment. */
    public static final Resource ArmsTransfer = resource("ArmsTransfer");

    /** An actor raises the readiness of its forces, such as putting them on standby or on alert, without (yet) sending them anywhere; ent:posture says which. */
    public static final Resource ForceReadiness = resource("ForceReadiness");

    /** Forces of one or more actors carry out drills at a place. */
    public static final Resource MilitaryExercise = resource("MilitaryExercise");

    /** An actor takes people out of a place for their safety. */
    public static final Resource Evacuation = resource("Evacuation");

    /** Talks between two or more actors, with an outcome if the source gives one. */
    public static final Resource Negotiation = resource("Negotiation");

    /** An actor says something publicly: demands, positions, warnings, denials, assurances, appeals and accusations. The statement is itself the event, which the source reports as made, so a speech act has no commitment, progress or posture; what it says is its content, not a fact about the world. */
    public static final Resource SpeechAct = resource("SpeechAct");

    /** An actor demands that another actor act or refrain from acting. */
    public static final Resource Demand = resource("Demand");

    /** An actor states that it supports or opposes a proposition or an event, such as Ukraine's joining NATO: ent:content states what the stance is about, and ent:about links the event or statement of the same source when there is one. The stance is never towards the entities the position concerns. */
    public static final Resource Position = resource("Position");

    /** An actor warns of a danger, or speaks of it as a possibility, without threatening to act. */
    public static final Resource Warning = resource("Warning");

    /** An actor denies an intention or an accusation. */
    public static final Resource Denial = resource("Denial");

    /** An actor states what it will or will not do, such as officials asserting that their forces will not engage militarily. */
    public static final Resource Assurance = resource("Assurance");

    /** An actor calls for something, such as for more forces to be sent. */
    public static final Resource Appeal = resource("Appeal");

    /** An actor accuses or blames another, or a source reports that one is accused, such as the United States being accused of paranoia. The accuser is recorded only if the source names it. */
    public static final Resource Accusation = resource("Accusation");

    /** A kind of military asset: a category of forces or equipment, or a named equipment type. */
    public static final Resource AssetType = resource("AssetType");

    /** A named model of military aircraft, such as the F-16 Fighting Falcon. */
    public static final Resource AircraftType = resource("AircraftType");

    /** Support for, or opposition to, something; one of two named individuals. */
    public static final Resource Stance = resource("Stance");

    /** The result of a negotiation; one of a closed list of named individuals. */
    public static final Resource Outcome = resource("Outcome");

    /** A degree of an actor's commitment to an action; one of a closed list of named individuals, from weighing it to a binding decision. */
    public static final Resource Commitment = resource("Commitment");

    /** A stage that an action has reached; one of a closed list of named individuals. */
    public static final Resource Progress = resource("Progress");

    /** A state of readiness in which forces are held; one of a closed list of named individuals. */
    public static final Resource ForcePosture = resource("ForcePosture");


    /** A state of affairs that a source states as fact (not an event), such as 'Poland shares a border with Russia'. The loader checks it against the reference data and records whether the reference data corroborates or contradicts it. */
    public static final Resource ReportedStatement = resource("ReportedStatement");

    /** A source states that two states share a land border (or that they do not). */
    public static final Resource BorderStatement = resource("BorderStatement");

    /** A source states that a state is (or is not) a member of an organisation at the time of the source. */
    public static final Resource MembershipStatement = resource("MembershipStatement");

    /** A judgement that a source's author makes: an assessment, a prediction or a proposal. It is attributed to its source and is never recorded as a fact about the world. */
    public static final Resource Claim = resource("Claim");

    /** The author judges how things are or why (such as 'NATO has started regaining relevance'). */
    public static final Resource Assessment = resource("Assessment");

    /** The author says what will happen (such as 'the situation is only going to escalate'). */
    public static final Resource Prediction = resource("Prediction");

    /** The author says what should be done (such as a proportional mutual withdrawal). */
    public static final Resource Proposal = resource("Proposal");

    // ---- Properties ----
    /** The two-letter code that ISO 3166-1 assigns to the state, such as 'RU'. */
    public static final Property iso3166Alpha2 = property("iso3166Alpha2");

    /** The three-letter code that ISO 3166-1 assigns to the state, such as 'RUS', or for a former state the code it had before ISO 3166-3 withdrew it, such as 'SUN'. It also names the state in this graph's IRIs and in facts files. Kosovo, which has no ISO 3166-1 code, carries 'UNK', a user-assigned code (ISO 3166-1 leaves such codes to its users) that world-countries and UN bodies use; five former states without an ISO code (YAR, RVN, TAZ, ZAN, UAR) have none. */
    public static final Property iso3166Alpha3 = property("iso3166Alpha3");

    /** The three-digit code that ISO 3166-1 assigns to the state, such as '643'; map shapes are keyed by it. */
    public static final Property iso3166Numeric = property("iso3166Numeric");

    /** The numeric code of the state in the Correlates of War project's state system membership list, used by political-science data sets (alliances, contiguity). */
    public static final Property cowStateCode = property("cowStateCode");

    /** The three-letter abbreviation of the state in the Correlates of War state system list, such as 'GRG' for Georgia. */
    public static final Property cowStateAbbreviation = property("cowStateAbbreviation");

    /** The full official name of the state, one per language, such as 'Russian Federation'@en. */
    public static final Property officialName = property("officialName");

    /** The continental region the state belongs to, as the world-countries data set gives it (such as 'Europe' or 'Asia'). */
    public static final Property continent = property("continent");

    /** The subregion the state belongs to, as the world-countries data set gives it (such as 'Northern Europe'). These subregions differ in Europe from the UN M49 geoscheme; see ent:comprises for named regions. */
    public static final Property subregion = property("subregion");

    /** The total area of the state's territory in square kilometres, as the world-countries data set gives it. */
    public static final Property areaKm2 = property("areaKm2");

    /** True if the state has no sea coast. */
    public static final Property landlocked = property("landlocked");

    /** Deprecated, no longer in the data: a flag of the world-countries data set that was wrong for the Holy See and could not say when. Membership of the United Nations is now a membership of the organisation UN with its dates, and today's status is ent:politicalStatus. */
    @Deprecated
    public static final Property unMember = property("unMember");

    /** The two states share a land border that has no recorded end: a shortcut for the ent:LandBorder nodes current in the data, which the loader derives from them in both directions. It does not depend on the day of loading, so it does not go stale while a server runs; for any other date, ask the ent:LandBorder nodes. Maritime boundaries do not count; Wikidata's P47 also counts them, so this property is a subproperty of P47, not equivalent to it. */
    public static final Property sharesLandBorderWith = property("sharesLandBorderWith");

    /** The region consists of (among others) this state, according to the geoscheme named in the region's definition. */
    public static final Property comprises = property("comprises");

    /** The state belongs to this named region; the inverse of ent:comprises. */
    public static final Property inRegion = property("inRegion");

    /** The place lies inside this larger place, such as a border area inside the state it belongs to or a city inside its state. */
    public static final Property partOf = property("partOf");

    /** The place contains this smaller place; the inverse of ent:partOf. */
    public static final Property hasPart = property("hasPart");

    /** The group, as the source means it, includes this actor (a non-exhaustive list). */
    public static final Property includesActor = property("includesActor");

    /** The short name of the organisation, such as 'NATO'. It also names the organisation in this graph's IRIs and in facts files. */
    public static final Property acronym = property("acronym");

    /** The date on which the organisation was founded, as the organisation itself dates it: the signing or the entry into force of its founding treaty or charter (NATO: 4 April 1949, the signing of the North Atlantic Treaty). */
    public static final Property foundingDate = property("foundingDate");

    /** The state in which the organisation has its headquarters. */
    public static final Property headquarteredIn = property("headquarteredIn");

    /** The state that holds this membership (in a Wikidata statement of P463, the item whose p:P463 links to the statement). */
    public static final Property member = property("member");

    /** A membership period that the state holds or held; the inverse of ent:member. */
    public static final Property hasMembership = property("hasMembership");

    /** The organisation that this membership is a membership of (in a Wikidata statement of P463, its value ps:P463). */
    public static final Property organisation = property("organisation");

    /** The first day of the membership, participation or period (inclusive): the state is a member, a party, in existence or in office on this day. */
    public static final Property startDate = property("startDate");

    /** The last day of the membership, participation or period (inclusive): the state is still a member (a party, in existence, in office) on this day and no longer the day after. Absent while it lasts. */
    public static final Property endDate = property("endDate");

    /** Deprecated, no longer derived: it was a shortcut for the memberships current on the day the store was loaded, and went stale while a server ran past the end of a membership. Ask the ent:Membership nodes with the day you mean (the named query alliance-members-on-date binds today's date when none is given). */
    @Deprecated
    public static final Property isMemberOf = property("isMemberOf");

    /** Deprecated with its inverse ent:isMemberOf: no longer derived. */
    @Deprecated
    public static final Property hasMember = property("hasMember");

    /** The date on which the instrument was opened for signature and first signed. */
    public static final Property signingDate = property("signingDate");

    /** The place where the treaty was signed. */
    public static final Property signingPlace = property("signingPlace");

    /** The date on which the instrument entered into force (a political declaration has none). */
    public static final Property entryIntoForce = property("entryIntoForce");

    /** A state whose government keeps the instrument's original and receives the instruments of ratification and accession (the Open Skies Treaty has two, Canada and Hungary). */
    public static final Property depositary = property("depositary");

    /** The treaty establishes this organisation. */
    public static final Property founds = property("founds");

    /** The organisation was established by this treaty; the inverse of ent:founds. */
    public static final Property foundedBy = property("foundedBy");

    /** A state (or organisation) that itself signed the instrument, whether or not it became a party. A state that acceded (every later member of NATO) or succeeded to it did not sign it and is not a signatory, even though the existing parties signed a protocol on its accession. */
    public static final Property signatory = property("signatory");

    /** The state (or organisation, where the instrument names one as a participant) that this participation is about. */
    public static final Property party = property("party");

    /** A period during which the state is or was party to a treaty; the inverse of ent:party. */
    public static final Property hasTreatyParticipation = property("hasTreatyParticipation");

    /** The instrument that this participation is participation in. */
    public static final Property treaty = property("treaty");

    /** The date on which the party itself signed the instrument. A state that acceded has none; the day its accession protocol was signed is ent:protocolSigningDate. */
    public static final Property signatureDate = property("signatureDate");

    /** The treaty contains this article. */
    public static final Property hasArticle = property("hasArticle");

    /** The treaty that this article belongs to; the inverse of ent:hasArticle. */
    public static final Property articleOf = property("articleOf");

    /** The number of the article in its treaty. */
    public static final Property articleNumber = property("articleNumber");

    /** A one-sentence summary, in the data's own words, of what the article provides. */
    public static final Property summary = property("summary");

    /** The kind of provision the article makes, such as collective defence or accession. */
    public static final Property provides = property("provides");

    /** The full text of the source document, exactly as received (UTF-8); character offsets of quotes count Unicode code points into this string. */
    public static final Property text = property("text");

    /** The SHA-256 digest of the document's bytes, in lower-case hexadecimal, so that anyone can check that offsets refer to the same text. */
    public static final Property sha256 = property("sha256");

    /** When the document was published, at the precision that is known (a day, a month or a year), as ent:time states it for events. */
    public static final Property publicationTime = property("publicationTime");

    /** The whole sentence of the source that contains the quote, as it stands in the text. */
    public static final Property sentence = property("sentence");

    /** A quote from a source document that supports this event, statement or claim. */
    public static final Property evidence = property("evidence");

    /** The source document that reports this event or statement, or makes this claim: what the graph records of the item was derived from that document (PROV-O's prov:wasDerivedFrom). It is not SEM's sem:accordingTo, which links a view constraint to an authority. */
    public static final Property accordingTo = property("accordingTo");

    /** An actor that takes part in the event in any role. */
    public static final Property participant = property("participant");

    /** The actor that carries out the event: the one who sends, withdraws, evacuates, demands, warns, accuses, denies or states. */
    public static final Property agent = property("agent");

    /** The actor that sends the forces or assets of a deployment, or supplies those of an arms transfer. */
    public static final Property sender = property("sender");

    /** The actor that receives the weapons, ammunition or equipment of an arms transfer. */
    public static final Property recipient = property("recipient");

    /** The actor to whom a demand or appeal is addressed. */
    public static final Property addressee = property("addressee");

    /** The actor that an accusation blames. */
    public static final Property accused = property("accused");

    /** A place where the event happens or to which it is directed (what a statement is about is ent:concerns). */
    public static final Property place = property("place");

    /** The place to which a deployment sends its forces or assets, or to which a withdrawal takes them. */
    public static final Property destination = property("destination");

    /** The place that a military withdrawal takes forces or assets out of. */
    public static final Property withdrawnFrom = property("withdrawnFrom");

    /** The place that an evacuation takes people out of. */
    public static final Property evacuatedFrom = property("evacuatedFrom");

    /** Who is evacuated, in the source's words (such as 'families of diplomats'). */
    public static final Property evacuees = property("evacuees");

    /** What a deployment, withdrawal, arms transfer or readiness measure involves: a category of forces or equipment (troops, warships, ammunition) or a named type of equipment (an aircraft type such as the F-16). */
    public static final Property asset = property("asset");

    /** The broader category that a named equipment type belongs to, such as fighter aircraft for the F-35. */
    public static final Property assetCategory = property("assetCategory");

    /** Why the event takes place, in the source's words. */
    public static final Property purpose = property("purpose");

    /** What was said, demanded, denied or claimed, stated briefly in the data's own words; the quote holds the source's words. For a position it is the proposition or event that the stance is about. */
    public static final Property content = property("content");

    /** An entity that a speech act, a claim or a statement is about (a state, an organisation, a place). It says nothing of the actor's attitude to that entity. */
    public static final Property concerns = property("concerns");

    /** The event, statement or claim of the same source that a position supports or opposes, such as the deployment that an actor calls a warmongering move. */
    public static final Property about = property("about");

    /** Whether a position supports or opposes its object: the proposition that its ent:content states (such as Ukraine's joining NATO) and the event it is ent:about, if any; never the states or organisations it concerns. */
    public static final Property stance = property("stance");

    /** How a negotiation ended, if the source says. */
    public static final Property outcome = property("outcome");

    /** When the event happens or is to happen, at the precision the source gives (a day, a month, a year): an instant whose position is an xsd:date, xsd:gYearMonth or xsd:gYear (time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear), and whose time:inDateTime is a time:DateTimeDescription with that precision as its time:unitType. */
    public static final Property time = property("time");

    /** How far the actor has committed itself to the action, as the source reports it: considering, offered, announced or decided. 'France has offered to send troops' is a commitment (offered) and no progress. */
    public static final Property commitment = property("commitment");

    /** How far the action has gone, as the source reports it: planned, under way, carried out or cancelled. */
    public static final Property progress = property("progress");

    /** The readiness in which the forces are held, as the source reports it: on standby or on alert. */
    public static final Property posture = property("posture");


    /** True if the source states that the relation holds, false if it states that it does not hold. */
    public static final Property affirmed = property("affirmed");

    /** One of the two states that a border statement is about. */
    public static final Property statedState = property("statedState");

    /** The state whose membership a membership statement is about. */
    public static final Property statedMember = property("statedMember");

    /** The organisation that a membership statement is about. */
    public static final Property statedOrganisation = property("statedOrganisation");

    /** Reference data (a dataset of this graph, or a membership or border record) that agrees with the reported statement on every day its source's date may mean (a month-precise date means every day of that month). Derived by the loader. */
    public static final Property corroboratedBy = property("corroboratedBy");

    /** Reference data (a dataset of this graph) that disagrees with the reported statement on every day its source's date may mean. Derived by the loader. */
    public static final Property contradictedBy = property("contradictedBy");

    /** Reference data (a dataset of this graph, and the records in it) that can neither corroborate nor contradict the reported statement at the precision of its source's date: an article of April 2023 that says Finland is not in NATO is neither right nor wrong, because Finland joined on 2023-04-04. Derived by the loader. */
    public static final Property undecidedBy = property("undecidedBy");

    // ---- Named individuals ----
    /** An armed attack against one party is considered an attack against all, and each will assist the party attacked. */
    public static final Resource CollectiveDefence = resource("CollectiveDefence");

    /** The parties will consult together when one of them considers its security threatened. */
    public static final Resource Consultation = resource("Consultation");

    /** The conditions under which further states may join the treaty. */
    public static final Resource Accession = resource("Accession");

    /** The conditions under which a party may cease to be a party. */
    public static final Resource Withdrawal = resource("Withdrawal");

    /** The territories and forces to which the treaty's obligations apply. */
    public static final Resource TerritorialScope = resource("TerritorialScope");

    /** The actor is in favour of the proposition or event the position is about. */
    public static final Resource Supports = resource("Supports");

    /** The actor is against the proposition or event the position is about. */
    public static final Resource Opposes = resource("Opposes");

    /** The parties reached an agreement. */
    public static final Resource Agreement = resource("Agreement");

    /** The talks failed: the parties did not reach an agreement. */
    public static final Resource Failure = resource("Failure");

    /** The talks have not concluded. */
    public static final Resource Continuing = resource("Continuing");

    /** The actor weighs the action; nothing is promised (such as 'is considering', 'weighs', 'may send'). */
    public static final Resource Considering = resource("Considering");

    /** The actor offers or proposes the action, conditionally or not (such as 'has offered', 'is ready to send'); it has not been decided. */
    public static final Resource Offered = resource("Offered");

    /** The actor says that it will do it (such as 'will send', 'announced', 'pledged', 'plans to'). */
    public static final Resource Announced = resource("Announced");

    /** A binding decision or order has been taken (such as 'has decided', 'approved', 'ordered', 'authorised'). */
    public static final Resource Decided = resource("Decided");

    /** It is scheduled or prepared and has not begun (such as 'is scheduled for February', 'will take place'). */
    public static final Resource Planned = resource("Planned");

    /** It has begun and is going on at the time of the source (such as 'is sending', 'began', 'are arriving'). */
    public static final Resource UnderWay = resource("UnderWay");

    /** It has been done, according to the source (such as 'has sent', 'arrived', 'delivered', 'held'). */
    public static final Resource CarriedOut = resource("CarriedOut");

    /** It has been called off (such as 'cancelled', 'called off', 'scrapped'). */
    public static final Resource Cancelled = resource("Cancelled");

    /** Forces are held ready to move at short notice, not yet moving (such as 'on standby', 'ready to deploy at short notice'). */
    public static final Resource OnStandby = resource("OnStandby");

    /** Forces are held at raised readiness for combat (such as 'placed on alert', 'on high alert', 'combat readiness'). */
    public static final Resource OnAlert = resource("OnAlert");

    // ---- The codes of CAMEO and PLOVER that the event types map to ----

    /** The event codes of CAMEO (Conflict and Mediation Event Observations), version 1.1b3 of March 2012: twenty cue categories of two digits (01 to 20) with codes of three and four digits below them. Only the codes that this ontology's event types map to are declared, each named ent:CAMEO_ followed by the code; leading zeros are part of a code. */
    public static final Resource CAMEO = resource("CAMEO");

    /** The event categories of PLOVER (Political Language Ontology for Verifiable Event Records), the successor of CAMEO, as its codebook's draft version 2.0 defines them: sixteen categories in four quad classes (verbal and material cooperation and conflict), each refined by modes and contexts. CAMEO's cue categories 01 (make public statement) and 02 (appeal) have no PLOVER equivalent. Each category is named ent:PLOVER_ followed by its name. */
    public static final Resource PLOVER = resource("PLOVER");

    /** The CAMEO 1.1b3 cue category 01, MAKE PUBLIC STATEMENT: every code that begins with 01. */
    public static final Resource CAMEO_01 = resource("CAMEO_01");

    /** The CAMEO 1.1b3 event code 012, "Make pessimistic comment", in cue category 01 (make public statement). */
    public static final Resource CAMEO_012 = resource("CAMEO_012");

    /** The CAMEO 1.1b3 event code 016, "Deny responsibility", in cue category 01 (make public statement). */
    public static final Resource CAMEO_016 = resource("CAMEO_016");

    /** The CAMEO 1.1b3 cue category 02, APPEAL: every code that begins with 02. */
    public static final Resource CAMEO_02 = resource("CAMEO_02");

    /** The CAMEO 1.1b3 cue category 03, EXPRESS INTENT TO COOPERATE: every code that begins with 03. */
    public static final Resource CAMEO_03 = resource("CAMEO_03");

    /** The CAMEO 1.1b3 event code 046, "Engage in negotiation", in cue category 04 (consult). */
    public static final Resource CAMEO_046 = resource("CAMEO_046");

    /** The CAMEO 1.1b3 event code 051, "Praise or endorse", in cue category 05 (engage in diplomatic cooperation). */
    public static final Resource CAMEO_051 = resource("CAMEO_051");

    /** The CAMEO 1.1b3 event code 062, "Cooperate militarily", in cue category 06 (engage in material cooperation). */
    public static final Resource CAMEO_062 = resource("CAMEO_062");

    /** The CAMEO 1.1b3 event code 072, "Provide military aid", in cue category 07 (provide aid). */
    public static final Resource CAMEO_072 = resource("CAMEO_072");

    /** The CAMEO 1.1b3 event code 074, "Provide military protection or peacekeeping", in cue category 07 (provide aid). */
    public static final Resource CAMEO_074 = resource("CAMEO_074");

    /** The CAMEO 1.1b3 event code 087, "De-escalate military engagement", in cue category 08 (yield). */
    public static final Resource CAMEO_087 = resource("CAMEO_087");

    /** The CAMEO 1.1b3 event code 0874, "Retreat or surrender militarily", in cue category 08 (yield). */
    public static final Resource CAMEO_0874 = resource("CAMEO_0874");

    /** The CAMEO 1.1b3 cue category 10, DEMAND: every code that begins with 10. */
    public static final Resource CAMEO_10 = resource("CAMEO_10");

    /** The CAMEO 1.1b3 cue category 11, DISAPPROVE: every code that begins with 11. */
    public static final Resource CAMEO_11 = resource("CAMEO_11");

    /** The CAMEO 1.1b3 event code 111, "Criticize or denounce", in cue category 11 (disapprove). */
    public static final Resource CAMEO_111 = resource("CAMEO_111");

    /** The CAMEO 1.1b3 event code 112, "Accuse", in cue category 11 (disapprove). */
    public static final Resource CAMEO_112 = resource("CAMEO_112");

    /** The CAMEO 1.1b3 cue category 15, EXHIBIT MILITARY POSTURE: every code that begins with 15. */
    public static final Resource CAMEO_15 = resource("CAMEO_15");

    /** The CAMEO 1.1b3 event code 150, "Demonstrate military or police power", in cue category 15 (exhibit military posture). */
    public static final Resource CAMEO_150 = resource("CAMEO_150");

    /** The CAMEO 1.1b3 event code 152, "Increase military alert status", in cue category 15 (exhibit military posture). */
    public static final Resource CAMEO_152 = resource("CAMEO_152");

    /** The CAMEO 1.1b3 event code 154, "Mobilize or increase armed forces", in cue category 15 (exhibit military posture). */
    public static final Resource CAMEO_154 = resource("CAMEO_154");

    /** The CAMEO 1.1b3 event code 166, "Expel or withdraw", in cue category 16 (reduce relations). */
    public static final Resource CAMEO_166 = resource("CAMEO_166");

    /** The PLOVER event category AGREE (verbal cooperation): an actor agrees to, offers or promises cooperation, or otherwise shows that it is willing or committed to cooperate; cooperation reported in the future tense is coded here. */
    public static final Resource PLOVER_AGREE = resource("PLOVER_AGREE");

    /** The PLOVER event category CONSULT (verbal cooperation): all consultations and meetings: visits, meetings at a third location, talks by telephone and negotiations. */
    public static final Resource PLOVER_CONSULT = resource("PLOVER_CONSULT");

    /** The PLOVER event category SUPPORT (verbal cooperation): an actor expresses support for, or approval of, a policy, an action or an actor, or otherwise cooperates diplomatically without material means. */
    public static final Resource PLOVER_SUPPORT = resource("PLOVER_SUPPORT");

    /** The PLOVER event category COOPERATE (material cooperation): material cooperation or exchange that benefits both sides, including military exchanges such as joint exercises. */
    public static final Resource PLOVER_COOPERATE = resource("PLOVER_COOPERATE");

    /** The PLOVER event category AID (material cooperation): material aid whose benefits go mainly to the recipient, including military and police assistance in arms and personnel. */
    public static final Resource PLOVER_AID = resource("PLOVER_AID");

    /** The PLOVER event category RETREAT (material cooperation): an action with immediate material consequences that yields something, such as a military retreat from territory or a withdrawal of forces from an area (mode withdraw), a release of captives, disarming or a ceasefire. */
    public static final Resource PLOVER_RETREAT = resource("PLOVER_RETREAT");

    /** The PLOVER event category REQUEST (verbal conflict): all requests, demands and orders, which are less forceful than threats. */
    public static final Resource PLOVER_REQUEST = resource("PLOVER_REQUEST");

    /** The PLOVER event category ACCUSE (verbal conflict): disapproval, criticism and condemnation, accusations and allegations, lawsuits and investigations. */
    public static final Resource PLOVER_ACCUSE = resource("PLOVER_ACCUSE");

    /** The PLOVER event category REJECT (verbal conflict): all rejections and refusals. */
    public static final Resource PLOVER_REJECT = resource("PLOVER_REJECT");

    /** The PLOVER event category SANCTION (material conflict): a reduction in existing relations, such as withdrawing diplomats or other non-military resources from a country (mode withdraw), cancelling aid or imposing sanctions. */
    public static final Resource PLOVER_SANCTION = resource("PLOVER_SANCTION");

    /** The PLOVER event category MOBILIZE (material conflict): military or police moves that fall short of the use of force, such as mobilising troops or weapons or raising their readiness. */
    public static final Resource PLOVER_MOBILIZE = resource("PLOVER_MOBILIZE");

    // ==== States over time, status, succession, land borders, organisations over time, instruments and offices ====
    // ---- Classes ----
    /** A state (or, in a few cases, a territory) that no longer exists in the identity its id names, such as the Soviet Union, Czechoslovakia or the German Democratic Republic. Its id is its former ISO 3166-1 alpha-3 code where ISO 3166-3 lists it (SUN), else its Correlates of War letter code (YAR) or, once, a project id (UAR); its periods of existence are ent:StatePeriod nodes. */
    public static final Resource FormerState = resource("FormerState");

    /** A part of a state's territory that has an ISO 3166-1 code of its own but is, under that state's own law, part of the state and is not on the UN list of non-self-governing territories, such as Greenland (Kingdom of Denmark), French Guiana (France) or Hong Kong (China). ent:partOf names the state. A state borders what any of its parts borders; a part never borders its own state. */
    public static final Resource IntegralPart = resource("IntegralPart");

    /** One period during which a state or territory existed in the identity its id names, with the source that dates it: an n-ary relation between the state (ent:periodOf), its first day (ent:startDate) and, if it ended, its last day (ent:endDate), both inclusive. A period that began before 1945-10-24, where the data begins, has no start date but ent:latestStartDate 1945-10-24. A state that ceased to exist and came back (Egypt and Syria around the United Arab Republic) has two periods. */
    public static final Resource StatePeriod = resource("StatePeriod");

    /** A status that a state or territory has in international relations today; one of a closed list of named individuals. */
    public static final Resource PoliticalStatus = resource("PoliticalStatus");

    /** A change by which one state took the place of another in the responsibility for the international relations of a territory (the Vienna Conventions' 'succession of States'), or continued it: an n-ary relation between the predecessor, the successor, the kind of change (ent:successionKind), the first day of the successor's situation (ent:effectiveDate, or day bounds where the source gives only the month or year) and the source. One node per predecessor and successor: a merger of two states gives two nodes. */
    public static final Resource StateSuccession = resource("StateSuccession");

    /** A kind of change from one state to another; one of a closed list of named individuals. */
    public static final Resource SuccessionKind = resource("SuccessionKind");

    /** A land border between two states or territories over one period, with its source: an n-ary relation between the two (ent:borderState), the first day (ent:startDate) and, if it ended, the last day (ent:endDate), or day bounds where the source gives only a month or a year or the border began before 1945-10-24. A land border is a boundary on land, along or across a river, or through a lake the two share; a boundary through the sea is not one, even where a bridge, causeway or tunnel crosses it. A state borders what any part of its territory touches (France borders Brazil through French Guiana), and an entity never borders a part of itself. The rows cite the Correlates of War Direct Contiguity data (v3.2) where it has the pair. */
    public static final Resource LandBorder = resource("LandBorder");

    /** An international organisation through which the states of a region cooperate on security by political commitments rather than a defence obligation, such as the OSCE. Its members may be called participating States. */
    public static final Resource RegionalSecurityOrganisation = resource("RegionalSecurityOrganisation");

    /** An international organisation that joins its members in a common market and a customs union, such as the European Economic Community (later the European Community), which the European Union replaced and succeeded in 2009. */
    public static final Resource EconomicCommunity = resource("EconomicCommunity");

    /** A name that an organisation bore over a period, with its abbreviation and source: the OSCE was the Conference on Security and Co-operation in Europe (CSCE) until 1994-12-31, the European Community the European Economic Community until 1993-10-31. The names of one organisation follow one another without gaps from its founding to its dissolution; a renamed organisation is the same organisation. */
    public static final Resource OrganisationName = resource("OrganisationName");

    /** A written document by which states (and sometimes organisations) record what they agree or declare: a treaty, which binds its parties under international law, or a political declaration, memorandum or package of measures, whose legal force its text does not give or is disputed. Its signatories, parties and their periods are ent:TreatyParticipation nodes. */
    public static final Resource Instrument = resource("Instrument");

    /** An instrument that its own text rests on political commitment rather than legal obligation, such as the Helsinki Final Act (1975) and the NATO-Russia Founding Act (1997). It is not a treaty. */
    public static final Resource PoliticalDeclaration = resource("PoliticalDeclaration");

    /** An instrument called a memorandum by its parties, such as the Budapest Memorandum on Security Assurances (1994); whether it binds them in law is disputed, so it is neither classed as a treaty nor excluded from being one. */
    public static final Resource Memorandum = resource("Memorandum");

    /** A list of measures agreed by a contact group to implement earlier agreements, such as the Package of Measures for the Implementation of the Minsk Agreements (Minsk II, 2015), endorsed by the UN Security Council; its legal force is disputed. */
    public static final Resource PackageOfMeasures = resource("PackageOfMeasures");

    /** An instrument that has no depositary: a bilateral treaty whose parties exchange their instruments of ratification (the INF Treaty, New START), or a memorandum or political act that has none. Where the data does not know an instrument's depositary, the instrument is in neither this class nor has an ent:depositary. */
    public static final Resource InstrumentWithoutDepositary = resource("InstrumentWithoutDepositary");

    /** A reason an instrument ceased to be in force; one of a closed list of named individuals. */
    public static final Resource TerminationCause = resource("TerminationCause");

    /** A way of coming to an instrument; one of a closed list of named individuals. */
    public static final Resource ParticipationMode = resource("ParticipationMode");

    /** A position of a state that exists whoever holds it, such as President of Russia or Prime Minister of Russia (an org:Post of the W3C Organization Ontology, http://www.w3.org/ns/org#Post). */
    public static final Resource Office = resource("Office");

    /** One period during which an actor held an office, with its source: an n-ary relation between the holder, the office, the first day (ent:startDate), the last day (ent:endDate) if it ended, both inclusive, and whether the holder was acting. During the term the holder acts on behalf of the office's state. A person can hold several offices at once (Vladimir Putin was acting President and Prime Minister of Russia in 1999-2000). */
    public static final Resource OfficeTerm = resource("OfficeTerm");

    // ---- Properties ----
    /** The four-letter code that ISO 3166-3 assigns to a country name deleted from ISO 3166-1, such as 'SUHH' for the Soviet Union: the former alpha-2 code and two letters that say what became of it (HH: no single successor). */
    public static final Property iso3166Alpha4 = property("iso3166Alpha4");

    /** The state or territory that existed during this period. */
    public static final Property periodOf = property("periodOf");

    /** A period during which the state existed; the inverse of ent:periodOf. */
    public static final Property hasPeriod = property("hasPeriod");

    /** The earliest day on which a period (or a succession) whose first day is not known may have begun: the first day of the month or year the source gives (Wikidata's qualifier P1319, earliest date, plays this part). Absent when nothing earlier is known. */
    public static final Property earliestStartDate = property("earliestStartDate");

    /** The latest day on which a period (or a succession) whose first day is not known had begun: the last day of the month or year the source gives, or 1945-10-24 for a period that began before the data's coverage. On this day and after it the period had certainly begun (Wikidata's qualifier P1326, latest date, plays this part). */
    public static final Property latestStartDate = property("latestStartDate");

    /** The earliest day that may have been the last day of a period whose last day is not known: the first day of the month or year the source gives. Until this day the period certainly lasted. */
    public static final Property earliestEndDate = property("earliestEndDate");

    /** The latest day that may have been the last day of a period whose last day is not known: the last day of the month or year the source gives. After this day the period had certainly ended. */
    public static final Property latestEndDate = property("latestEndDate");

    /** The state's or territory's status today, from a sourced table: a member or observer state of the United Nations, a state with limited recognition, an associated state, a dependent territory, an integral part of a state, a non-self-governing territory without an administering power, a territory under no sovereignty, or a former state. It decides the classes ent:SovereignState (the first three), ent:DependentTerritory, ent:IntegralPart and ent:FormerState. */
    public static final Property politicalStatus = property("politicalStatus");

    /** Why the state or territory has its political status, in the data's own words (such as 'British Overseas Territory of the United Kingdom (GBR): under UK sovereignty but not part of the UK'). */
    public static final Property statusBasis = property("statusBasis");

    /** The web page that supports the state's or territory's political status (such as the UN's list of Member States). */
    public static final Property statusSource = property("statusSource");

    /** The state that conducts the dependent territory's foreign relations and defence, and that the territory is not part of (the United Kingdom for Gibraltar). */
    public static final Property administeredBy = property("administeredBy");

    /** The state with which an associated state is in free association (New Zealand for the Cook Islands and Niue). */
    public static final Property associatedWith = property("associatedWith");

    /** The state whose place was taken, or whose legal personality was continued, in this succession. */
    public static final Property predecessor = property("predecessor");

    /** The state that took the predecessor's place, or continued it, in this succession. */
    public static final Property successor = property("successor");

    /** How the successor took the predecessor's place: continuation, succession by a new state, absorption or merger. */
    public static final Property successionKind = property("successionKind");

    /** The first day of the successor's situation: the day on which the succession took effect (Russia continues the Soviet Union from 1991-12-26). */
    public static final Property effectiveDate = property("effectiveDate");

    /** The state or organisation ceased to exist and this one took its place: a state whose succession left the predecessor without a further period of existence (the Soviet Union by Russia, Ukraine and its other successors), or an organisation that its successor replaced (the European Community by the European Union). Derived from the succession nodes and the periods; timeless. */
    public static final Property replacedBy = property("replacedBy");

    /** The state or organisation took the place of this one, which ceased to exist; the inverse of ent:replacedBy. */
    public static final Property replaces = property("replaces");

    /** This state's international legal personality is continued by that state, under another id (the Soviet Union by Russia). A shortcut for a succession node of kind continuation; it holds for all time. Queries that follow a state back in time use it: the state Russia continues is the one whose borders and memberships count for Russia before 1991-12-26. */
    public static final Property continuedBy = property("continuedBy");

    /** This state continues the international legal personality of that one (Russia continues the Soviet Union); the inverse of ent:continuedBy. */
    public static final Property continues = property("continues");

    /** One of the two states or territories that share this land border (each border has exactly two). */
    public static final Property borderState = property("borderState");

    /** The last day on which the organisation existed (inclusive): the Warsaw Pact's is 1991-07-01, the day the protocol on its expiry was signed; the European Community's is 2009-11-30, the day before the European Union replaced it. It is a last day, not the day of an act of dissolution, so it is not declared a subproperty of Wikidata's P576. */
    public static final Property dissolutionDate = property("dissolutionDate");

    /** The entity that the organisation admitted, where it was not yet the state that holds the membership and the state continued it: the United Nations admitted the Byelorussian SSR in 1945, and Belarus continued that membership. Only such a membership may start before its member's period of existence. */
    public static final Property admittedAs = property("admittedAs");

    /** The organisation that bore this name. */
    public static final Property nameOf = property("nameOf");

    /** A name that the organisation bore over a period; the inverse of ent:nameOf. */
    public static final Property hasName = property("hasName");

    /** The name in full, in English, such as 'Conference on Security and Co-operation in Europe'. */
    public static final Property fullName = property("fullName");

    /** The abbreviation of the name in use over the same period, such as 'CSCE'; absent where the usual one would be misleading (the Warsaw Pact's WTO). */
    public static final Property abbreviation = property("abbreviation");

    /** The first day on which the whole treaty was applied provisionally, before it entered into force (the CFE Treaty from 1992-07-17). */
    public static final Property provisionalApplicationDate = property("provisionalApplicationDate");

    /** The last day on which the instrument was in force for any party (inclusive): the INF Treaty's is 2019-08-01, since the U.S. withdrawal took effect on 2019-08-02. Absent while it is in force, or where it was never terminated in law. */
    public static final Property terminationDate = property("terminationDate");

    /** Why the instrument ceased to be in force: its term expired, a party's withdrawal ended it, or the parties agreed to end it. */
    public static final Property terminationCause = property("terminationCause");

    /** How the party came to the instrument: it signed (and ratified, where that was needed), acceded without signing, succeeded a predecessor that was bound, continued a predecessor, or signed and never became a party. */
    public static final Property participationMode = property("participationMode");

    /** The day on which the instrument that let the party in was signed: the protocol on its accession to the North Atlantic Treaty, its accession treaty to the European Union, or Uzbekistan's protocol on the restoration of its membership. It is not the party's own signature of the instrument. */
    public static final Property protocolSigningDate = property("protocolSigningDate");

    /** The day on which the party gave notice of its withdrawal; the withdrawal takes effect later, and the participation's ent:endDate is the last day before it took effect. */
    public static final Property withdrawalNoticeDate = property("withdrawalNoticeDate");

    /** The first day of a suspension of the instrument's operation by this party. A suspended party is still a party: suspension is neither withdrawal nor termination (Russia suspended the CFE Treaty from 2007-12-12 and withdrew only in 2023). */
    public static final Property suspendedFrom = property("suspendedFrom");

    /** The last day of a suspension that ended while the state stayed a party. Absent while the suspension lasts, or if it lasted until the participation ended. */
    public static final Property suspendedUntil = property("suspendedUntil");

    /** The state whose office this is; its holder acts on the state's behalf. */
    public static final Property officeOf = property("officeOf");

    /** The person who held the office during this term. */
    public static final Property holder = property("holder");

    /** A term during which the person held an office; the inverse of ent:holder. */
    public static final Property hasOfficeTerm = property("hasOfficeTerm");

    /** The office held during this term. */
    public static final Property office = property("office");

    /** True if the holder held the office in an acting (interim) capacity, such as an acting President after a resignation. */
    public static final Property acting = property("acting");

    // ---- Named individuals ----
    /** The state is one of the member states of the United Nations (the UN's list of Member States). */
    public static final Resource StatusUnMember = resource("StatusUnMember");

    /** The state takes part in the United Nations as a non-member observer state: the Holy See and the State of Palestine. */
    public static final Resource StatusUnObserverState = resource("StatusUnObserverState");

    /** The entity governs itself as an independent state and conducts its own foreign relations, but only part of the international community recognises it as a state (Taiwan, Kosovo); it is not a member of the United Nations. */
    public static final Resource StatusLimitedRecognition = resource("StatusLimitedRecognition");

    /** A self-governing state in free association with another state (ent:associatedWith), a status considered equivalent to independence for the purposes of international law, such as the Cook Islands and Niue with New Zealand. It is classed neither as a sovereign state nor as a dependent territory. */
    public static final Resource StatusAssociatedState = resource("StatusAssociatedState");

    /** The territory is on the UN list of non-self-governing territories and no state administers it in the UN's sense: Western Sahara, which Spain left in 1976 and which Morocco and the Sahrawi Arab Democratic Republic claim. */
    public static final Resource StatusNonSelfGoverningTerritory = resource("StatusNonSelfGoverningTerritory");

    /** The territory is not part of the state that conducts its foreign relations and defence (ent:administeredBy), or is on the UN list of non-self-governing territories: a colony, a British Overseas Territory or Crown Dependency, a territory of the United States, French Polynesia or New Caledonia. */
    public static final Resource StatusDependentTerritory = resource("StatusDependentTerritory");

    /** The territory has an ISO code of its own but is part of a state (ent:partOf) under that state's own law and is not on the UN list of non-self-governing territories. */
    public static final Resource StatusIntegralPart = resource("StatusIntegralPart");

    /** No state has sovereignty over the territory: Antarctica, where the Antarctic Treaty freezes the territorial claims. */
    public static final Resource StatusNoSovereignty = resource("StatusNoSovereignty");

    /** The state or territory no longer exists in the identity its id names; its periods and successors say what became of it. */
    public static final Resource StatusFormer = resource("StatusFormer");

    /** The successor continues the predecessor's international legal personality: it is the same state under another id, with its memberships and treaties (Russia continues the Soviet Union; Serbia continues Serbia and Montenegro). */
    public static final Resource Continuation = resource("Continuation");

    /** A new state arises on part or all of the predecessor's territory, by dissolution or separation: Ukraine from the Soviet Union, Bangladesh from Pakistan. The predecessor may go on existing. */
    public static final Resource NewStateSuccession = resource("NewStateSuccession");

    /** The predecessor's territory joins a state that existed before and continues: the German Democratic Republic acceded to the Federal Republic of Germany on 1990-10-03. */
    public static final Resource Absorption = resource("Absorption");

    /** Two states unite to form one new state, each a predecessor of it: North and South Yemen formed the Republic of Yemen on 1990-05-22. */
    public static final Resource Merger = resource("Merger");

    /** The instrument's term ran out without a further extension (New START, 2026). */
    public static final Resource TerminatedByExpiry = resource("TerminatedByExpiry");

    /** A party's withdrawal left the instrument without the parties it needs (the INF Treaty after the United States withdrew, 2019). */
    public static final Resource TerminatedByWithdrawal = resource("TerminatedByWithdrawal");

    /** The parties agreed to end the instrument (the Warsaw Treaty, by the Prague protocol of 1991-07-01). */
    public static final Resource TerminatedByAgreement = resource("TerminatedByAgreement");

    /** The party signed the instrument itself, and ratified it where ratification was needed (the twelve founders of the North Atlantic Treaty). Only these parties, and those that signed only, are ent:signatory of the instrument. */
    public static final Resource BySignature = resource("BySignature");

    /** The party became one without signing the instrument, by depositing an instrument of accession or by an accession treaty (every later member of NATO under Article 10). The protocol that admitted it was signed by the existing parties (ent:protocolSigningDate). */
    public static final Resource ByAccession = resource("ByAccession");

    /** The party is a successor state bound by its predecessor's ratification (Ukraine and the CFE Treaty after the Soviet Union; the Czech Republic and Slovakia after Czechoslovakia). */
    public static final Resource BySuccession = resource("BySuccession");

    /** The party continues the legal personality of a predecessor that was a party (Russia for the Soviet Union). */
    public static final Resource ByContinuation = resource("ByContinuation");

    /** The state signed the instrument but never became a party to it (the Soviet Union and the CFE Treaty, which entered into force after the Union's end); such a participation has no period. */
    public static final Resource SignatureOnly = resource("SignatureOnly");

    /** How the instrument is ratified, who its depositary is and when it enters into force. */
    public static final Resource EntryIntoForceProvision = resource("EntryIntoForceProvision");
}
