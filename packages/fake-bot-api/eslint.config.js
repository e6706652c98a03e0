import {campaign} from '@campaign/lint-config/eslint'

export default campaign({root: import.meta.dirname})
