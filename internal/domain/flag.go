package domain

// Flag marks what an information type contains. Flags drive the model's
// floors and, for personal data, the threshold analysis.
type Flag string

// The flags of the default model's floor table.
const (
	FlagPersonal          Flag = "personal"            // personuppgifter
	FlagSensitive         Flag = "sensitive"           // känsliga personuppgifter (art. 9)
	FlagCriminal          Flag = "criminal"            // lagöverträdelser (art. 10)
	FlagPINBulk           Flag = "pin_bulk"            // personnummer i stor mängd
	FlagSecrecy           Flag = "secrecy"             // sekretess enligt OSL
	FlagProtectedIdentity Flag = "protected_identity"  // skyddade personuppgifter
	FlagVulnerable        Flag = "vulnerable"          // barn eller andra sårbara
	FlagAuthority         Flag = "authority"           // myndighetsutövning mot enskild
	FlagCritical          Flag = "critical"            // samhällsviktig verksamhet enligt RSA
	FlagSecurityProtect   Flag = "security_protection" // säkerhetsskydd
)

// PersonalDataFlags are the flags that imply personal data is processed.
var PersonalDataFlags = []Flag{FlagPersonal, FlagSensitive, FlagCriminal, FlagPINBulk, FlagProtectedIdentity, FlagVulnerable, FlagAuthority}

// HasFlag reports whether flags contains f.
func HasFlag(flags []Flag, f Flag) bool {
	for _, g := range flags {
		if g == f {
			return true
		}
	}
	return false
}

// HasPersonalData reports whether any of flags implies personal data.
func HasPersonalData(flags []Flag) bool {
	for _, f := range PersonalDataFlags {
		if HasFlag(flags, f) {
			return true
		}
	}
	return false
}
