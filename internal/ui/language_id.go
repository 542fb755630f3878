package ui

// languageOfLANGID returns "en" or "sv" for a Windows LANGID whose primary
// language (its low 10 bits) is English (0x09) or Swedish (0x1D), else "".
func languageOfLANGID(id uint16) string {
	switch id & 0x3ff {
	case 0x09:
		return "en"
	case 0x1d:
		return "sv"
	}
	return ""
}
