// The Teams light theme's host config as the Adaptive Cards renderer needs it: Teams' fonts (with a CJK
// fallback so Chinese is drawn), sizes, spacing, colours per container style and its button layout.
export const teamsHostConfig = {
  fontFamily: "'Segoe UI', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E0E0E0" },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: {
      default: { default: "#242424", subtle: "#616161" }, dark: { default: "#252423", subtle: "#484644" },
      light: { default: "#FFFFFF", subtle: "#FFFFFF" }, accent: { default: "#5B5FC7", subtle: "#5B5FC7" },
      good: { default: "#237B4B", subtle: "#237B4B" }, warning: { default: "#835C00", subtle: "#835C00" },
      attention: { default: "#C4314B", subtle: "#C4314B" } } },
    emphasis: { backgroundColor: "#F5F5F5" },
    accent: { backgroundColor: "#E8EBFA" },
    good: { backgroundColor: "#E7F2DA" },
    warning: { backgroundColor: "#FBF6D9" },
    attention: { backgroundColor: "#FCF4F6" },
  },
  actions: { actionsOrientation: "horizontal", actionAlignment: "left", buttonSpacing: 8, maxActions: 6,
    spacing: "default", showCard: { actionMode: "inline", inlineTopMargin: 16 } },
  factSet: { title: { weight: "bolder", wrap: true, maxWidth: 150 }, value: { wrap: true }, spacing: 8 },
};

export const teamsCss = (width) => `
  body { margin: 0; background: #EBEBEB; font-family: 'Segoe UI', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; }
  #card { width: ${width}px; margin: 0; background: #FFF; overflow: hidden; }
  .ac-pushButton { background: #FFF; border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px 12px; font: inherit; font-weight: 600; color: #242424;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #FFF; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; }
  .ac-input { font: inherit; } .ac-input input, .ac-input textarea, .ac-input select, input.ac-input, textarea.ac-input, select.ac-input { border: 1px solid #D1D1D1; border-radius: 4px; padding: 4px 6px; font: inherit; }
`;
