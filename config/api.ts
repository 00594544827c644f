export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters answer 400 instead of being ignored (a typo is not a silent no-op).
    strictParams: true,
  },
};
