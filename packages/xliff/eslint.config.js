import base from "@rightsdesk/eslint-config/base";

export default base;
