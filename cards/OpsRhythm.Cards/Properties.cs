using System.Resources;

// Texts/*.resx hold Simplified Chinese, the company's language; English lives in Texts/*.en.resx.
[assembly: NeutralResourcesLanguage("zh-CN")]
