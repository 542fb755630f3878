package demo

import "github.com/infoklass/infoklass/internal/domain"

// asset is one asset of the demo district, with the state of its
// classification work.
type asset struct {
	name, desc       string
	kind             domain.AssetKind
	owner, ownerRole string
	object           string // förvaltningsobjekt
	system, supplier string
	personal, rsa    bool
	nis2             bool
	procureInMonths  int // 0: no procurement known
	state            state
	types            []infoType
	raise            map[domain.Aspect]domain.Raise
	reason           string // for cancelled assets
	notes            string
}

// state is how far the demo asset's classification has come.
type state int

const (
	notStarted state = iota
	planned
	ongoing
	decided
	overdue // decided more than a year ago
	cancelled
)

// infoType is a demo information type: levels K, R, T, S and flags.
type infoType struct {
	name, desc string
	flags      []domain.Flag
	k, r, t, s domain.Level
	why        [4]string
}

// district is a stadsdelsförvaltning's assets, modelled on the two
// districts' management reviews: home care and elderly care, pre-school
// and school, social services, staff, e-services and the web.
var district = []asset{
	{
		name: "Verksamhetssystem för hemtjänst", desc: "Dokumentation, planering och uppföljning av insatser i hemtjänsten.",
		kind: domain.KindSystem, owner: "Maria Lindqvist", ownerRole: "Avdelningschef äldreomsorg",
		object: "Äldreomsorg", system: "Hemtjänst Plus", supplier: "Omsorgsdata AB",
		personal: true, rsa: true, nis2: true, procureInMonths: 4, state: decided,
		types: []infoType{
			{"Genomförandeplaner", "Planer för hur beviljade insatser utförs hos varje brukare.",
				[]domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy, domain.FlagVulnerable},
				3, 3, 3, 3, [4]string{
					"Hälsouppgifter om äldre; spridning skadar den enskildes integritet allvarligt.",
					"Felaktig plan kan leda till utebliven eller fel insats hos brukaren.",
					"Personalen behöver planerna varje arbetspass; en dags avbrott hanteras med reservrutin.",
					"Vi måste kunna visa vem som läst uppgifter om en enskild brukare."}},
			{"Skyddade adresser", "Brukare med sekretessmarkering eller skyddad folkbokföring.",
				[]domain.Flag{domain.FlagPersonal, domain.FlagProtectedIdentity},
				4, 3, 3, 4, [4]string{
					"Röjd adress kan hota liv och hälsa för personer med skyddad identitet.",
					"Fel adress kan röja eller leda personal fel.",
					"Uppgiften behövs vid varje besök men finns även i pappersrutinen.",
					"Varje åtkomst måste kunna styrkas i efterhand."}},
			{"Besöksplanering och nyckelhantering", "Scheman, nyckelkoder och larmkvittenser.",
				[]domain.Flag{domain.FlagPersonal, domain.FlagCritical},
				3, 3, 4, 3, [4]string{
					"Nyckelkoder och scheman ger tillträde till brukares hem.",
					"Fel schema gör att besök missas.",
					"Utan planering uteblir besök till brukare som behöver hjälp inom timmar.",
					"Vi behöver kunna följa upp vem som ändrat scheman."}},
		},
	},
	{
		name: "Förskolans närvaroapp", desc: "Vårdnadshavare anmäler närvaro och hämtning; personal ser vilka barn som är på plats.",
		kind: domain.KindEService, owner: "Anders Berg", ownerRole: "Rektor förskola",
		object: "Förskola", system: "Närvaro Förskola", supplier: "Edtech Norden AB",
		personal: true, state: ongoing,
		types: []infoType{
			{"Närvaro- och hämtningstider", "Vilka barn som är på plats och när de hämtas.",
				[]domain.Flag{domain.FlagPersonal, domain.FlagVulnerable},
				3, 2, 3, 2, [4]string{
					"Uppgifter om barn och deras vistelsetider kan utnyttjas av obehöriga.",
					"Fel tid leder till missförstånd vid hämtning, som upptäcks på plats.",
					"Personalen måste veta vilka barn som är på plats vid brandlarm.",
					""}},
			{"Kontaktuppgifter till vårdnadshavare", "Namn, telefon och e-post.",
				[]domain.Flag{domain.FlagPersonal},
				2, 2, 2, 0, [4]string{"Interna kontaktuppgifter; viss olägenhet vid spridning.", "Fel nummer upptäcks och rättas.", "", ""}},
		},
	},
	{
		name: "Säkra meddelanden", desc: "Krypterad e-post mellan socialtjänsten och externa parter.",
		kind: domain.KindSystem, owner: "Karin Holm", ownerRole: "Avdelningschef individ- och familjeomsorg",
		object: "Gemensamma tjänster", system: "Säkra meddelanden", supplier: "Staden (central upphandling)",
		personal: true, state: cancelled, reason: "Avbruten på grund av osäkra förutsättningar: den centrala upphandlingen pågår.",
	},
	{
		name: "Säkra digitala möten", desc: "Videomöten med brukare och klienter.",
		kind: domain.KindEService, owner: "Karin Holm", ownerRole: "Avdelningschef individ- och familjeomsorg",
		object: "Gemensamma tjänster", system: "Möten", supplier: "Staden (central upphandling)",
		personal: true, state: cancelled, reason: "Avbruten på grund av osäkra förutsättningar: tjänsten byts ut centralt.",
	},
	{
		name: "Ärendehantering försörjningsstöd", desc: "Ansökningar, utredningar och beslut om ekonomiskt bistånd.",
		kind: domain.KindSystem, owner: "Karin Holm", ownerRole: "Avdelningschef individ- och familjeomsorg",
		object: "Individ- och familjeomsorg", system: "Socialsystemet", supplier: "Socialdata Sverige AB",
		personal: true, rsa: true, nis2: true, state: overdue,
		types: []infoType{
			{"Utredningar och beslut", "Utredningar av rätt till bistånd och beslut om enskilda.",
				[]domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy, domain.FlagAuthority, domain.FlagPINBulk},
				3, 4, 3, 3, [4]string{
					"Sekretess enligt OSL 26 kap; uppgifter om ekonomi och hälsa.",
					"Felaktiga beslut om bistånd kan slå hårt mot enskildas försörjning.",
					"Utbetalningar måste ske i tid; en dags avbrott klaras med manuell rutin.",
					"Vi måste kunna visa vem som läst och ändrat i akter."}},
		},
	},
	{
		name: "Ekonomisystem", desc: "Leverantörsfakturor, attest och budgetuppföljning.",
		kind: domain.KindSystem, owner: "Johan Ek", ownerRole: "Ekonomichef",
		object: "Ekonomi", system: "Agresso", supplier: "Staden (central förvaltning)",
		state: decided,
		types: []infoType{
			{"Leverantörsfakturor", "Fakturor och attester.", nil, 2, 3, 2, 3, [4]string{
				"Intern information; leverantörsuppgifter är i stort sett offentliga.",
				"Felaktiga utbetalningar ger ekonomisk skada och risk för bedrägeri.",
				"Betalningar kan vänta några dagar.",
				"Attester måste kunna spåras till person."}},
		},
	},
	{
		name: "Skolans lärplattform", desc: "Uppgifter, omdömen och kommunikation med elever och vårdnadshavare.",
		kind: domain.KindSystem, owner: "Eva Sundberg", ownerRole: "Rektor",
		object: "Skola", system: "Lärplattformen", supplier: "Skolsystem AB",
		personal: true, nis2: true, procureInMonths: 2, state: planned,
	},
	{
		name: "Felanmälan för boende", desc: "E-tjänst där boende anmäler fel i utemiljö och lokaler.",
		kind: domain.KindEService, owner: "Lars Nyberg", ownerRole: "Enhetschef stadsmiljö",
		object: "Stadsmiljö", system: "Felanmälan", supplier: "Servicewebb AB",
		personal: true, state: notStarted,
	},
	{
		name: "Personalens e-post och kalender", desc: "E-post, kalender och Teams för förvaltningens medarbetare.",
		kind: domain.KindInformation, owner: "Sofia Ahmed", ownerRole: "Administrativ chef",
		object: "IT-arbetsplats", system: "Stadens e-post", supplier: "Staden (central IT)",
		personal: true, nis2: true, state: notStarted,
	},
	{
		name: "Incidentrapportering", desc: "Anmälan och utredning av personuppgiftsincidenter och avvikelser.",
		kind: domain.KindProcess, owner: "Sofia Ahmed", ownerRole: "Administrativ chef",
		object: "Informationssäkerhet", system: "IA", supplier: "AFA Försäkring",
		personal: true, state: planned, notes: "41 personuppgiftsincidenter anmälda 2025, varav 18 till IMY.",
	},
	{
		name: "Bemanning vård- och omsorgsboende", desc: "Schemaläggning och bemanning dygnet runt.",
		kind: domain.KindSystem, owner: "Maria Lindqvist", ownerRole: "Avdelningschef äldreomsorg",
		object: "Äldreomsorg", system: "Bemanning", supplier: "Schemadata AB",
		personal: true, rsa: true, procureInMonths: 9, state: notStarted,
	},
	{
		name: "Kameraövervakning vid skola", desc: "Kameror vid entréer och skolgård utanför skoltid.",
		kind: domain.KindProcess, owner: "Eva Sundberg", ownerRole: "Rektor",
		object: "Skola", system: "Kamerasystem", supplier: "Säkerhetsbolaget AB",
		personal: true, state: notStarted,
	},
	{
		name: "Webbplatsens kontaktformulär", desc: "Frågor från allmänheten via stadens webbplats.",
		kind: domain.KindEService, owner: "Lina Fors", ownerRole: "Kommunikationschef",
		object: "Kommunikation", system: "Webbplatsen", supplier: "Staden (central webb)",
		personal: true, state: decided,
		types: []infoType{
			{"Frågor och kontaktuppgifter", "Namn, e-post och fritext från allmänheten.",
				[]domain.Flag{domain.FlagPersonal}, 2, 2, 1, 2, [4]string{
					"Personuppgifter av vardaglig art; viss olägenhet vid spridning.",
					"Fel upptäcks i dialogen med den som frågar.",
					"Allmänheten kan ringa eller mejla under ett avbrott.",
					"Vi vill kunna följa upp hur frågor hanterats."}},
		},
	},
	{
		name: "Registerförteckning", desc: "Förteckning över personuppgiftsbehandlingar enligt art. 30.",
		kind: domain.KindInformation, owner: "Sofia Ahmed", ownerRole: "Administrativ chef",
		object: "Dataskydd", system: "Registerförteckningen", supplier: "Staden",
		state: notStarted,
	},
}
