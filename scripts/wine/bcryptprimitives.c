/*
 * TEST-ONLY stand-in for bcryptprimitives.dll, installed by
 * scripts/wine-test.sh into the private Wine prefix's system32 and NEVER
 * shipped with Infoklass. Debian's Wine 8 has no ProcessPrng, which the Go
 * runtime (since Go 1.24) loads at start to get random bytes; real Windows
 * 10 and 11 have it. This forwards to SystemFunction036 (RtlGenRandom in
 * advapi32), which Wine implements.
 */
#include <windows.h>

typedef BOOLEAN(WINAPI *rtlgenrandom)(PVOID, ULONG);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	static rtlgenrandom gen;
	if (!gen) {
		HMODULE h = LoadLibraryA("advapi32.dll");
		if (!h)
			return FALSE;
		gen = (rtlgenrandom)GetProcAddress(h, "SystemFunction036");
		if (!gen)
			return FALSE;
	}
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!gen(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
	(void)inst;
	(void)reason;
	(void)reserved;
	return TRUE;
}
